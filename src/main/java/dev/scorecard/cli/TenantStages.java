package dev.scorecard.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import dev.scorecard.config.Grain;
import dev.scorecard.config.PeriodSet;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.forecast.AdditiveKpis;
import dev.scorecard.forecast.ForecastStage;
import dev.scorecard.ingest.BatchChanges;
import dev.scorecard.ingest.Deliveries;
import dev.scorecard.ingest.IngestStage;
import dev.scorecard.ingest.LandingFile;
import dev.scorecard.ingest.SilverSchema;
import dev.scorecard.ingest.SourceBatch;
import dev.scorecard.kpi.KpiStage;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.RunInfo;
import dev.scorecard.publish.RunState;
import dev.scorecard.publish.Warehouse;
import dev.scorecard.score.ConfigFrames;
import dev.scorecard.score.ScoreStage;
import dev.scorecard.score.ScoreTables;
import dev.scorecard.spark.Columns;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stages for one tenant, each reading what the one before published, so a scheduler can
 * run and retry them separately: ingest (new and corrected landing files to silver, audit,
 * quarantine and the config tables), kpis (silver to kpi_values), score (kpi_values to the four
 * score tables), forecast (kpi_values to forecasts). Unless the run is {@code --full}, kpis and
 * score recompute only the periods that {@link RunState} says changed.
 */
final class TenantStages {
  private static final Logger LOG = LoggerFactory.getLogger(TenantStages.class);

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final RunInfo run;
  private final TenantConfig tenant;
  private final RunState state;

  TenantStages(SparkSession spark, Warehouse warehouse, RunInfo run, TenantConfig tenant) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.run = run;
    this.tenant = tenant;
    this.state = new RunState(warehouse);
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

  /**
   * Reads the new and corrected files of every source (every file with {@code --full}), checks
   * tolerance before anything is written, then writes in an order that a kill at any point leaves
   * safe to run again: first the days to recompute (run state), then silver (replacing the rows of
   * the files read), then quarantine, and the audit last, since a file in the audit counts as done.
   */
  private String ingestSources(String landing) {
    Step step = new Step("ingest " + tenant.tenantId());
    Map<String, Map<String, String>> ingested = run.full() ? Map.of() : ingestedFiles();
    List<SourceBatch> batches = IngestStage.ingest(spark, tenant, landing, ingested);
    Dataset<Row> audit = batches.stream().map(SourceBatch::audit).reduce(Dataset::unionByName).orElseThrow();
    // One job parses every source (each cached for the writes below); the audit is then a local frame.
    List<Row> auditRows = audit.collectAsList();
    step.done("files listed and parsed");
    batches.forEach(b -> checkTolerance(b, auditRows));
    Set<String> recount = new TreeSet<>(tenant.sources().keySet());
    if (run.full()) {
      state.addPending(tenant.tenantId(), Collections.singletonList(null));
    } else {
      BatchChanges.Touched touched = BatchChanges.touched(tenant, batches, existingSilver(recount));
      state.addPending(tenant.tenantId(), touched.days());
      recount.retainAll(touched.earlierRowsHit());
    }
    step.done("days to recompute recorded");
    List<Runnable> writes = new ArrayList<>();
    for (SourceBatch b : batches) {
      List<String> files = b.files().stream().map(LandingFile::relativePath).toList();
      writes.add(() -> {
        if (run.full()) {
          warehouse.replaceSilver(tenant.tenantId(), b.sourceId(), b.silver());
        } else {
          warehouse.replaceSilverFiles(tenant.tenantId(), b.sourceId(), files, b.silver());
        }
      });
    }
    writes.add(() -> publish(CuratedTables.NODES, ConfigFrames.nodes(spark, tenant)));
    writes.add(() -> publish(CuratedTables.KPIS, ConfigFrames.kpis(spark, tenant)));
    writes.add(() -> publish(CuratedTables.OBJECTIVES, ConfigFrames.objectives(spark, tenant)));
    Parallel.run(writes);
    step.done("silver written");
    Dataset<Row> quarantine = batches.stream().map(SourceBatch::quarantine).reduce(Dataset::unionByName).orElseThrow();
    publish(CuratedTables.QUARANTINE, keptWithNew(CuratedTables.QUARANTINE, batches, quarantine));
    step.done("quarantine written");
    Dataset<Row> newAudit = spark.createDataFrame(auditRows, audit.schema())
        .withColumn("rows_superseded", lit(null).cast(DataTypes.LongType));
    publish(CuratedTables.INGEST_AUDIT, BatchChanges.withSuperseded(tenant,
        keptWithNew(CuratedTables.INGEST_AUDIT, batches, newAudit), batches, existingSilver(recount)));
    step.done("audit written");
    long read = sum(auditRows, "rows_read", null);
    long bad = sum(auditRows, "rows_quarantined", null);
    return String.format("%d files read, %d rows read, %d valid, %d quarantined", auditRows.size(), read, read - bad,
        bad);
  }

  /** Logs how long each step of a stage took, for an operator looking for the slow one. */
  private static final class Step {
    private final String stage;
    private long start = System.nanoTime();

    Step(String stage) {
      this.stage = stage;
    }

    void done(String what) {
      long now = System.nanoTime();
      LOG.info("{}: {} in {} s", stage, what, String.format("%.1f", (now - start) / 1e9));
      start = now;
    }
  }

  /** Per source, the files already ingested: path to checksum, from the audit. */
  private Map<String, Map<String, String>> ingestedFiles() {
    Map<String, Map<String, String>> ingested = new HashMap<>();
    if (warehouse.exists(warehouse.curatedPath(CuratedTables.INGEST_AUDIT))) {
      for (Row r : warehouse.curated(CuratedTables.INGEST_AUDIT, tenant.tenantId())
          .select("source", "file", "file_checksum").collectAsList()) {
        ingested.computeIfAbsent(r.getString(0), s -> new HashMap<>()).put(r.getString(1), r.getString(2));
      }
    }
    return ingested;
  }

  /** The tenant's rows of {@code table} for files not read this run, with this run's rows for the files read. */
  private Dataset<Row> keptWithNew(CuratedTables table, List<SourceBatch> batches, Dataset<Row> fresh) {
    if (run.full() || !warehouse.exists(warehouse.curatedPath(table))) {
      return fresh;
    }
    List<Row> read = new ArrayList<>();
    batches.forEach(b -> b.files().forEach(f -> read.add(RowFactory.create(b.sourceId(), f.relativePath()))));
    Dataset<Row> readFiles = spark.createDataFrame(read, new StructType().add("source", DataTypes.StringType)
        .add("file", DataTypes.StringType));
    Dataset<Row> kept = warehouse.curated(table, tenant.tenantId())
        .join(readFiles, Columns.seq("source", "file"), "left_anti");
    // Collected, since the table these rows come from is about to be overwritten.
    Dataset<Row> union = kept.select(table.columns()).unionByName(fresh.select(table.columns()));
    return spark.createDataFrame(union.collectAsList(), union.schema());
  }

  /** Per source, its silver table as it stands now; sources without one yet are left out. */
  private Map<String, Dataset<Row>> existingSilver(Set<String> sources) {
    Map<String, Dataset<Row>> silver = new HashMap<>();
    for (String source : sources) {
      if (warehouse.exists(warehouse.silverPath(tenant.tenantId(), source))) {
        silver.put(source, warehouse.silver(tenant.tenantId(), source));
      }
    }
    return silver;
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

  /** Derives the KPI values of the periods that changed since the last run (all with {@code --full}). */
  StageResult kpis() {
    return timed("kpis", () -> {
      Optional<PeriodSet> periods = periodsToRecompute(RunState.KPIS, CuratedTables.KPI_VALUES);
      Map<String, Dataset<Row>> silver = current(silver(), periods);
      Dataset<Row> values = inPeriods(KpiStage.derive(spark, tenant, silver, run.asOf()), periods).persist();
      publishPeriods(CuratedTables.KPI_VALUES, periods, values);
      state.settle(tenant.tenantId(), RunState.KPIS, run.asOf(), configHash(), run.runId());
      long rows = values.count();
      long withValue = values.filter(col("value").isNotNull()).count();
      values.unpersist();
      return String.format("%d KPI values (%d defined)%s", rows, withValue, scope(periods));
    });
  }

  /** The periods a stage must recompute, or empty for all: with --full, or when its table is missing. */
  private Optional<PeriodSet> periodsToRecompute(String stage, CuratedTables output) {
    if (run.full() || !warehouse.exists(warehouse.curatedPath(output))) {
      return Optional.empty();
    }
    Set<Grain> grains = EnumSet.noneOf(Grain.class);
    tenant.kpis().values().forEach(k -> grains.addAll(k.grains()));
    return state.pending(tenant.tenantId(), stage, configHash(), run.asOf())
        .map(days -> PeriodSet.touchedBy(days, grains, tenant.fiscalYearStartMonth()));
  }

  /** Each source's current rows (latest delivery of each key), only the days the periods need. */
  private Map<String, Dataset<Row>> current(Map<String, Dataset<Row>> silver, Optional<PeriodSet> periods) {
    Map<String, Dataset<Row>> current = new LinkedHashMap<>();
    silver.forEach((id, rows) -> {
      SourceSpec source = tenant.sources().get(id);
      Dataset<Row> needed = rows;
      if (periods.isPresent()) {
        Column day = col(source.dateColumn()).cast("date");
        Column inRanges = lit(false);
        for (LocalDate[] range : periods.get().readRanges()) {
          inRanges = inRanges.or(day.between(lit(Date.valueOf(range[0])), lit(Date.valueOf(range[1]))));
        }
        needed = rows.filter(inRanges);
      }
      current.put(id, Deliveries.current(needed, source).drop(SilverSchema.DELIVERED));
    });
    return current;
  }

  private static Dataset<Row> inPeriods(Dataset<Row> rows, Optional<PeriodSet> periods) {
    return periods.map(p -> rows.filter(expr(p.predicate()))).orElse(rows);
  }

  /** Replaces the tenant's rows of the periods recomputed (all with none given) by the recomputed rows among {@code rows}. */
  private void publishPeriods(CuratedTables table, Optional<PeriodSet> periods, Dataset<Row> rows) {
    if (periods.isPresent()) {
      warehouse.replacePeriods(table, tenant.tenantId(), periods.get(), inPeriods(rows, periods), run);
    } else {
      publish(table, rows);
    }
  }

  private static String scope(Optional<PeriodSet> periods) {
    return periods.map(p -> ", incremental").orElse(", all periods");
  }

  /** SHA-256 of the tenant's YAML: a changed config makes the stages recompute everything. */
  private String configHash() {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(tenant.file()));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot read " + tenant.file() + " to checksum it", e);
    }
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
      Optional<PeriodSet> periods = periodsToRecompute(RunState.SCORE, CuratedTables.KPI_SCORES);
      // Scores compare each value with the period before, so those values are read too.
      Dataset<Row> values = inPeriods(warehouse.curated(CuratedTables.KPI_VALUES, tenant.tenantId()),
          periods.map(PeriodSet::withPrevious));
      ScoreTables tables = ScoreStage.score(spark, tenant, values);
      Dataset<Row> kpiScores = inPeriods(tables.kpiScores(), periods).persist();
      Parallel.run(List.of(
          () -> publishPeriods(CuratedTables.KPI_SCORES, periods, kpiScores),
          () -> publishPeriods(CuratedTables.OBJECTIVE_SCORES, periods, tables.objectiveScores()),
          () -> publishPeriods(CuratedTables.PERSPECTIVE_SCORES, periods, tables.perspectiveScores()),
          () -> publishPeriods(CuratedTables.SCORECARD, periods, tables.scorecard())));
      state.settle(tenant.tenantId(), RunState.SCORE, run.asOf(), configHash(), run.runId());
      long scored = kpiScores.filter(col("score").isNotNull()).count();
      kpiScores.unpersist();
      return String.format("%d KPI scores%s", scored, scope(periods));
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
