package dev.scorecard.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import dev.scorecard.config.Grain;
import dev.scorecard.config.Periods;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.Warehouse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The short report {@code run} ends with, per tenant: rows ingested and quarantined, KPIs and
 * nodes scored, the org's score and status for the last complete quarter, and its best and weakest
 * locations then.
 */
final class RunSummary {
  private RunSummary() {}

  static String render(Warehouse warehouse, List<TenantConfig> tenants, LocalDate asOf) {
    StringBuilder out = new StringBuilder("\nScorecard run as of ").append(asOf).append('\n');
    for (TenantConfig tenant : tenants) {
      out.append(tenant(warehouse, tenant, asOf));
    }
    return out.toString();
  }

  private static String tenant(Warehouse warehouse, TenantConfig tenant, LocalDate asOf) {
    String id = tenant.tenantId();
    Row audit = warehouse.curated(CuratedTables.INGEST_AUDIT, id)
        .agg(sum("rows_read"), sum("rows_quarantined")).first();
    Dataset<Row> kpiScores = warehouse.curated(CuratedTables.KPI_SCORES, id).filter(col("score").isNotNull());
    long kpis = kpiScores.select("kpi_id").distinct().count();
    long nodes = kpiScores.select("node_level", "node_id").distinct().count();
    StringBuilder out = new StringBuilder(String.format("%n%s (%s)%n  ingested %d rows, %d quarantined; %d KPIs scored at %d nodes%n",
        tenant.name(), id, audit.isNullAt(0) ? 0 : audit.getLong(0), audit.isNullAt(1) ? 0 : audit.getLong(1), kpis, nodes));
    Dataset<Row> quarters = warehouse.curated(CuratedTables.SCORECARD, id).filter(col("period_grain").equalTo(Grain.QUARTER.id()));
    Optional<LocalDate> last = quarters.filter(col("node_level").equalTo("org")).select("period_start").collectAsList().stream()
        .map(r -> r.getDate(0).toLocalDate())
        .filter(start -> Periods.end(start, Grain.QUARTER).isBefore(asOf))
        .max(Comparator.naturalOrder());
    if (last.isEmpty()) {
      return out.append("  no complete quarter scored yet\n").toString();
    }
    List<Row> rows = quarters.filter(col("period_start").equalTo(java.sql.Date.valueOf(last.get())))
        .select("node_level", "node_id", "score", "status").collectAsList();
    rows.stream().filter(r -> r.getString(0).equals("org")).findFirst().ifPresent(org ->
        out.append(String.format("  last complete quarter (from %s): overall %s, %s%n", last.get(), score(org), org.getString(3))));
    List<Row> locations = rows.stream().filter(r -> r.getString(0).equals("location") && !r.isNullAt(2))
        .sorted(Comparator.comparingDouble((Row r) -> r.getDouble(2)).reversed()).toList();
    if (locations.size() > 1) {
      out.append(String.format("  best location %s (%s), weakest %s (%s)%n", locations.get(0).getString(1),
          score(locations.get(0)), locations.get(locations.size() - 1).getString(1), score(locations.get(locations.size() - 1))));
    }
    return out.toString();
  }

  private static String score(Row row) {
    return row.isNullAt(2) ? "no score" : String.format("%.1f", row.getDouble(2));
  }
}
