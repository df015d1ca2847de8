package dev.scorecard.cli;

import static org.apache.spark.sql.functions.col;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.forecast.AdditiveKpis;
import dev.scorecard.forecast.ForecastStage;
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
import java.util.ArrayList;
import java.time.LocalDate;
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
  private static final Logger LOG = LoggerFactory.getLogger(TenantStages.class);

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
      try {
        return ingestSources(landing);
      } finally {
        spark.catalog().clearCache();
      }
    });
  }

  /** Reads every source, checks tolerance before anything is written, then writes side by side. */
  private String ingestSources(String landing) {
    List<SourceBatch> batches = IngestStage.ingest(spark, tenant, landing);
    Dataset<Row> audit = batches.stream().map(SourceBatch::audit).reduce(Dataset::unionByName).orElseThrow();
    // One job parses every source (each cached for the writes below); the audit is then a local frame.
    List<Row> auditRows = audit.collectAsList();
    batches.forEach(b -> checkTolerance(b, auditRows));
    Dataset<Row> quarantine = batches.stream().map(SourceBatch::quarantine).reduce(Dataset::unionByName).orElseThrow();
    List<Runnable> writes = new ArrayList<>();
    batches.forEach(b -> writes.add(() -> warehouse.replaceSilver(tenant.tenantId(), b.sourceId(), b.silver())));
    writes.add(() -> publish(CuratedTables.INGEST_AUDIT, spark.createDataFrame(auditRows, audit.schema())));
    writes.add(() -> publish(CuratedTables.QUARANTINE, quarantine));
    writes.add(() -> publish(CuratedTables.NODES, ConfigFrames.nodes(spark, tenant)));
    writes.add(() -> publish(CuratedTables.KPIS, ConfigFrames.kpis(spark, tenant)));
    writes.add(() -> publish(CuratedTables.OBJECTIVES, ConfigFrames.objectives(spark, tenant)));
    Parallel.run(writes);
    long read = sum(auditRows, "rows_read", null);
    long bad = sum(auditRows, "rows_quarantined", null);
    return String.format("%d files, %d rows read, %d valid, %d quarantined", auditRows.size(), read, read - bad, bad);
  }

  private void publish(CuratedTables table, Dataset<Row> rows) {
    warehouse.replaceTenant(table, tenant.tenantId(), rows, run);
  }

  private static long sum(List<Row> auditRows, String column, String source) {
    return auditRows.stream().filter(r -> source == null || source.equals(r.getAs("source")))
        .mapToLong(r -> r.<Long>getAs(column)).sum();
  }

  private void checkTolerance(SourceBatch batch, List<Row> auditRows) {
    SourceSpec source = tenant.sources().get(batch.sourceId());
    long read = sum(auditRows, "rows_read", source.id());
    long bad = sum(auditRows, "rows_quarantined", source.id());
    if (read > 0 && (double) bad / read > source.maxBadRatio()) {
      List<Row> reasons = batch.quarantine().groupBy("file", "reason").count().orderBy(col("count").desc()).limit(3).collectAsList();
      StringBuilder top = new StringBuilder();
      reasons.forEach(r -> top.append(String.format("%n    %s: %s (%d rows)", r.getString(0), r.getString(1), r.getLong(2))));
      throw new DataRejectedException(String.format(
          "tenant %s, source %s: %d of %d rows quarantined (%.1f%%), over max_bad_ratio %.1f%%; nothing new was published for this tenant. Most common:%s",
          tenant.tenantId(), source.id(), bad, read, 100.0 * bad / read, 100 * source.maxBadRatio(), top));
    }
  }

  StageResult kpis() {
    return timed("kpis", () -> {
      Dataset<Row> values = KpiStage.derive(spark, tenant, silver(), run.asOf()).persist();
      publish(CuratedTables.KPI_VALUES, values);
      long rows = values.count();
      long withValue = values.filter(col("value").isNotNull()).count();
      values.unpersist();
      return String.format("%d KPI values (%d defined)", rows, withValue);
    });
  }

  /** The tenant's silver table per source, written by the ingest stage. */
  private Map<String, Dataset<Row>> silver() {
    Map<String, Dataset<Row>> silver = new LinkedHashMap<>();
    for (String source : tenant.sources().keySet()) {
      String path = warehouse.silverPath(tenant.tenantId(), source);
      if (!warehouse.exists(path)) {
        throw new IllegalStateException("No silver table for source " + source + " of tenant " + tenant.tenantId()
            + " at " + path + ": run the ingest stage first");
      }
      silver.put(source, warehouse.silver(tenant.tenantId(), source));
    }
    return silver;
  }

  StageResult score() {
    return timed("score", () -> {
      requireKpiValues();
      Dataset<Row> values = warehouse.curated(CuratedTables.KPI_VALUES, tenant.tenantId());
      ScoreTables tables = ScoreStage.score(spark, tenant, values);
      Dataset<Row> kpiScores = tables.kpiScores().persist();
      Parallel.run(List.of(
          () -> publish(CuratedTables.KPI_SCORES, kpiScores),
          () -> publish(CuratedTables.OBJECTIVE_SCORES, tables.objectiveScores()),
          () -> publish(CuratedTables.PERSPECTIVE_SCORES, tables.perspectiveScores()),
          () -> publish(CuratedTables.SCORECARD, tables.scorecard())));
      long scored = kpiScores.filter(col("score").isNotNull()).count();
      kpiScores.unpersist();
      return String.format("%d KPI scores", scored);
    });
  }

  StageResult forecast() {
    return timed("forecast", () -> {
      requireKpiValues();
      Dataset<Row> values = warehouse.curated(CuratedTables.KPI_VALUES, tenant.tenantId());
      Map<String, LocalDate> dataThrough = AdditiveKpis.dataThrough(tenant, silver());
      Dataset<Row> forecasts = ForecastStage.forecast(spark, tenant, values, run.asOf(), dataThrough).persist();
      publish(CuratedTables.FORECASTS, forecasts);
      long rows = forecasts.count();
      long series = forecasts.select("kpi_id", "node_level", "node_id", "period_grain").distinct().count();
      forecasts.unpersist();
      return String.format("%d series, %d forecast periods", series, rows);
    });
  }

  private void requireKpiValues() {
    if (!warehouse.exists(warehouse.curatedPath(CuratedTables.KPI_VALUES))) {
      throw new IllegalStateException("No kpi_values table at " + warehouse.curatedPath(CuratedTables.KPI_VALUES)
          + ": run the kpis stage first");
    }
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
