package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.Warehouse;
import dev.scorecard.report.SourceHealth;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * How fresh and clean each source of a tenant is, for the report's header: the latest ingest and
 * the rows quarantined per source from {@code ingest_audit} (one aggregated row per source reaches
 * the driver), and the latest day of valid data from the source's silver table.
 */
final class ReportFreshness {
  private ReportFreshness() {}

  static List<SourceHealth> of(Warehouse warehouse, TenantConfig config) {
    List<String> tenant = List.of(config.tenantId());
    if (!warehouse.exists(CuratedTables.INGEST_AUDIT)) {
      return List.of();
    }
    List<SourceHealth> out = new ArrayList<>();
    warehouse.curated(CuratedTables.INGEST_AUDIT, tenant).groupBy("source")
        .agg(max("ingested_at"), sum("rows_quarantined"), count(lit(1))).orderBy("source").collectAsList().forEach(r -> {
          Timestamp at = r.getTimestamp(1);
          out.add(new SourceHealth(r.getString(0), at == null ? null : at.toInstant().atZone(ZoneOffset.UTC).toLocalDateTime(),
              latestDay(warehouse, config, r.getString(0)), r.isNullAt(2) ? 0 : r.getLong(2), r.getLong(3)));
        });
    return out;
  }

  /** The latest day a source's valid rows reach, from its silver table; null when unknown. */
  private static LocalDate latestDay(Warehouse warehouse, TenantConfig config, String source) {
    SourceSpec spec = config.sources().get(source);
    if (spec == null || !warehouse.exists(warehouse.silverPath(spec))) {
      return null;
    }
    Row r = warehouse.silver(spec, List.of(config.tenantId())).agg(max(col(spec.dateColumn()))).first();
    Object day = r.get(0);
    return day instanceof Date d ? d.toLocalDate() : day instanceof Timestamp t ? t.toLocalDateTime().toLocalDate() : null;
  }
}
