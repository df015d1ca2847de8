package dev.scorecard.cli;

import static org.apache.spark.sql.functions.col;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.ingest.IngestStage;
import dev.scorecard.ingest.SourceBatch;
import dev.scorecard.kpi.KpiStage;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.RunInfo;
import dev.scorecard.publish.Warehouse;
import dev.scorecard.score.ConfigFrames;
import dev.scorecard.score.ScoreStage;
import dev.scorecard.score.ScoreTables;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stages for one tenant, each reading what the one before published, so a scheduler can
 * run and retry them separately: ingest (landing to silver, audit, quarantine and the config
 * tables), kpis (silver to kpi_values), score (kpi_values to the four score tables).
 */
final class TenantStages {
  private static final Logger LOG = LoggerFactory.getLogger("scorecard");

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final RunInfo run;
  private final TenantConfig tenant;

  TenantStages(SparkSession spark, Warehouse warehouse, RunInfo run, TenantConfig tenant) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.run = run;
    this.tenant = tenant;
  }

  StageResult ingest(String landing) {
    return timed("ingest", () -> {
      List<SourceBatch> batches = IngestStage.ingest(spark, tenant, landing);
      Map<String, long[]> totals = new LinkedHashMap<>();
      Dataset<Row> audit = null;
      Dataset<Row> quarantine = null;
      for (SourceBatch batch : batches) {
        long[] counts = totals(batch.audit());
        checkTolerance(batch, counts);
        totals.put(batch.sourceId(), counts);
        audit = audit == null ? batch.audit() : audit.unionByName(batch.audit());
        quarantine = quarantine == null ? batch.quarantine() : quarantine.unionByName(batch.quarantine());
      }
      for (SourceBatch batch : batches) {
        warehouse.replaceSilver(tenant.tenantId(), batch.sourceId(), batch.silver());
      }
      warehouse.replaceTenant(CuratedTables.INGEST_AUDIT, tenant.tenantId(), audit, run);
      warehouse.replaceTenant(CuratedTables.QUARANTINE, tenant.tenantId(), quarantine, run);
      warehouse.replaceTenant(CuratedTables.NODES, tenant.tenantId(), ConfigFrames.nodes(spark, tenant), run);
      warehouse.replaceTenant(CuratedTables.KPIS, tenant.tenantId(), ConfigFrames.kpis(spark, tenant), run);
      warehouse.replaceTenant(CuratedTables.OBJECTIVES, tenant.tenantId(), ConfigFrames.objectives(spark, tenant), run);
      spark.catalog().clearCache();
      long read = totals.values().stream().mapToLong(c -> c[0]).sum();
      long bad = totals.values().stream().mapToLong(c -> c[2]).sum();
      return String.format("%d files, %d rows read, %d valid, %d quarantined",
          totals.values().stream().mapToLong(c -> c[3]).sum(), read, read - bad, bad);
    });
  }

  /** rows_read, rows_valid, rows_quarantined and files of one source's audit. */
  private static long[] totals(Dataset<Row> audit) {
    long[] t = new long[4];
    for (Row r : audit.select("rows_read", "rows_valid", "rows_quarantined").collectAsList()) {
      t[0] += r.getLong(0);
      t[1] += r.getLong(1);
      t[2] += r.getLong(2);
      t[3]++;
    }
    return t;
  }

  private void checkTolerance(SourceBatch batch, long[] counts) {
    SourceSpec source = tenant.sources().get(batch.sourceId());
    if (counts[0] > 0 && (double) counts[2] / counts[0] > source.maxBadRatio()) {
      List<Row> reasons = batch.quarantine().groupBy("file", "reason").count().orderBy(col("count").desc()).limit(3).collectAsList();
      StringBuilder top = new StringBuilder();
      reasons.forEach(r -> top.append(String.format("%n    %s: %s (%d rows)", r.getString(0), r.getString(1), r.getLong(2))));
      throw new DataRejectedException(String.format(
          "tenant %s, source %s: %d of %d rows quarantined (%.1f%%), over max_bad_ratio %.1f%%; nothing new was published for this tenant. Most common:%s",
          tenant.tenantId(), source.id(), counts[2], counts[0], 100.0 * counts[2] / counts[0], 100 * source.maxBadRatio(), top));
    }
  }

  StageResult kpis() {
    return timed("kpis", () -> {
      Map<String, Dataset<Row>> silver = new LinkedHashMap<>();
      for (String source : tenant.sources().keySet()) {
        String path = warehouse.silverPath(tenant.tenantId(), source);
        if (!warehouse.exists(path)) {
          throw new IllegalStateException("No silver table for source " + source + " of tenant " + tenant.tenantId()
              + " at " + path + ": run the ingest stage first");
        }
        silver.put(source, warehouse.silver(tenant.tenantId(), source));
      }
      Dataset<Row> values = KpiStage.derive(spark, tenant, silver, run.asOf()).persist();
      warehouse.replaceTenant(CuratedTables.KPI_VALUES, tenant.tenantId(), values, run);
      long rows = values.count();
      long withValue = values.filter(col("value").isNotNull()).count();
      values.unpersist();
      return String.format("%d KPI values (%d defined)", rows, withValue);
    });
  }

  StageResult score() {
    return timed("score", () -> {
      Dataset<Row> values = warehouse.curated(CuratedTables.KPI_VALUES, tenant.tenantId());
      ScoreTables tables = ScoreStage.score(spark, tenant, values);
      Dataset<Row> kpiScores = tables.kpiScores().persist();
      warehouse.replaceTenant(CuratedTables.KPI_SCORES, tenant.tenantId(), kpiScores, run);
      warehouse.replaceTenant(CuratedTables.OBJECTIVE_SCORES, tenant.tenantId(), tables.objectiveScores(), run);
      warehouse.replaceTenant(CuratedTables.PERSPECTIVE_SCORES, tenant.tenantId(), tables.perspectiveScores(), run);
      warehouse.replaceTenant(CuratedTables.SCORECARD, tenant.tenantId(), tables.scorecard(), run);
      long scored = kpiScores.filter(col("score").isNotNull()).count();
      kpiScores.unpersist();
      return String.format("%d KPI scores", scored);
    });
  }

  private StageResult timed(String stage, Supplier<String> work) {
    Instant start = Instant.now();
    LOG.info("{} {}: started", stage, tenant.tenantId());
    String counts = work.get();
    StageResult result = new StageResult(stage, tenant.tenantId(), Duration.between(start, Instant.now()), counts);
    LOG.info("{} {}: done in {} s: {}", stage, tenant.tenantId(), String.format("%.1f", result.took().toMillis() / 1000.0), counts);
    return result;
  }
}
