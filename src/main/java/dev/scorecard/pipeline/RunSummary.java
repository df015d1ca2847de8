package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import dev.scorecard.config.Grain;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.Warehouse;
import dev.scorecard.spark.Columns;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The closing summary of a run, per tenant, from the curated tables: three queries for all
 * tenants together.
 */
final class RunSummary {
  private RunSummary() {}

  static List<TenantSummary> of(RunContext ctx, List<TenantConfig> tenants, Map<String, Counts> ingested) {
    List<String> ids = tenants.stream().map(TenantConfig::tenantId).toList();
    Warehouse w = ctx.warehouse();
    Map<String, long[]> totals = new ConcurrentHashMap<>();
    Map<String, long[]> scored = new ConcurrentHashMap<>();
    Map<String, List<Row>> quarter = new ConcurrentHashMap<>();
    List<Runnable> queries = new ArrayList<>();
    if (w.exists(CuratedTables.INGEST_AUDIT)) {
      queries.add(() -> w.curated(CuratedTables.INGEST_AUDIT, ids).groupBy("tenant_id")
          .agg(sum("rows_read"), sum("rows_quarantined"))
          .collectAsList().forEach(r -> totals.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2)})));
    }
    if (w.exists(CuratedTables.KPI_SCORES) && w.exists(CuratedTables.SCORECARD)) {
      queries.add(() -> w.curated(CuratedTables.KPI_SCORES, ids).filter(col("score").isNotNull()).groupBy("tenant_id")
          .agg(countDistinct(col("kpi_id")), countDistinct(col("node_level"), col("node_id"))).collectAsList()
          .forEach(r -> scored.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2)})));
      queries.add(() -> lastCompleteQuarter(ctx, ids)
          .forEach(r -> quarter.computeIfAbsent(r.getString(0), t -> new ArrayList<>()).add(r)));
    }
    // Side by side: each is a second or two of Delta snapshot reads and Spark job start, little work.
    Parallel.run(queries);
    List<TenantSummary> summary = new ArrayList<>();
    for (TenantConfig t : tenants) {
      Counts.Ingest read = ingested.get(t.tenantId()) instanceof Counts.Ingest i ? i : null;
      long[] total = totals.getOrDefault(t.tenantId(), new long[2]);
      long[] score = scored.getOrDefault(t.tenantId(), new long[2]);
      summary.add(tenant(t, read, total, score, quarter.getOrDefault(t.tenantId(), List.of())));
    }
    return summary;
  }

  /**
   * Rows (tenant_id, node_level, node_id, score, status, period_start) of each tenant's last
   * complete quarter: the org, and its best and weakest scored location (ties to the first node
   * id, then the last). Chosen in Spark, so the driver gets at most three rows a tenant whatever
   * the number of locations.
   */
  private static List<Row> lastCompleteQuarter(RunContext ctx, List<String> ids) {
    Dataset<Row> quarters = ctx.warehouse().curated(CuratedTables.SCORECARD, ids)
        .filter(col("period_grain").equalTo(Grain.QUARTER.id())
            .and(add_months(col("period_start"), 3).leq(lit(Date.valueOf(ctx.run().asOf())))));
    Dataset<Row> last = quarters.filter(col("node_level").equalTo("org")).groupBy("tenant_id")
        .agg(max("period_start").as("period_start"));
    Dataset<Row> lastQuarter = quarters.join(last, Columns.seq("tenant_id", "period_start"))
        .select("tenant_id", "node_level", "node_id", "score", "status", "period_start");
    return orgBestAndWeakest(lastQuarter).collectAsList();
  }

  /**
   * Of one quarter's scorecard rows, each tenant's org row and its best and weakest scored
   * location: the first by score descending then node id, the last in that order.
   */
  static Dataset<Row> orgBestAndWeakest(Dataset<Row> quarter) {
    WindowSpec tenant = Window.partitionBy("tenant_id");
    Dataset<Row> bestAndWeakest = quarter.filter(col("node_level").equalTo("location").and(col("score").isNotNull()))
        .withColumn("best", row_number().over(tenant.orderBy(col("score").desc(), col("node_id").asc())))
        .withColumn("weakest", row_number().over(tenant.orderBy(col("score").asc(), col("node_id").desc())))
        .filter(col("best").equalTo(1).or(col("weakest").equalTo(1))).drop("best", "weakest");
    return quarter.filter(col("node_level").equalTo("org")).unionByName(bestAndWeakest);
  }

  private static TenantSummary tenant(TenantConfig t, Counts.Ingest read, long[] total, long[] score, List<Row> quarter) {
    Row org = quarter.stream().filter(r -> r.getString(1).equals("org")).findFirst().orElse(null);
    List<Row> locations = quarter.stream().filter(r -> r.getString(1).equals("location") && !r.isNullAt(3))
        .sorted(Comparator.comparingDouble((Row r) -> r.getDouble(3)).reversed().thenComparing(r -> r.getString(2))).toList();
    Row best = locations.size() > 1 ? locations.get(0) : null;
    Row weakest = locations.size() > 1 ? locations.get(locations.size() - 1) : null;
    return new TenantSummary(t.tenantId(), t.name(), read == null ? 0 : read.rowsRead(),
        read == null ? 0 : read.rowsQuarantined(), total[0], total[1], score[0], score[1],
        org == null ? null : org.getDate(5).toLocalDate(), org == null || org.isNullAt(3) ? null : org.getDouble(3),
        org == null ? null : org.getString(4), best == null ? null : best.getString(2),
        best == null ? null : best.getDouble(3), weakest == null ? null : weakest.getString(2),
        weakest == null ? null : weakest.getDouble(3));
  }
}
