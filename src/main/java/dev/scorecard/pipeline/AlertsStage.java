package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.to_date;

import dev.scorecard.alert.AlertHistory;
import dev.scorecard.alert.AlertRulesFrame;
import dev.scorecard.alert.Asked;
import dev.scorecard.alert.Conditions;
import dev.scorecard.alert.Drivers;
import dev.scorecard.alert.TenantAlerts;
import dev.scorecard.config.Fingerprints;
import dev.scorecard.config.Level;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.RunState;
import dev.scorecard.publish.Scope;
import dev.scorecard.publish.SilverTables;
import dev.scorecard.spark.Columns;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Scores, forecasts, the audit and the silver dates to {@code alerts}, then delivers each alert's
 * opening and resolution ({@link AlertDelivery}). Conditions are found for every tenant of the batch
 * in one plan per kind; each tenant's are folded and matched with the alerts of earlier nights that
 * could go on, on the executor that holds them ({@link TenantAlerts}), and written back in one
 * commit that touches only those alerts ({@link AlertHistory#reachable}). The driver holds only
 * what it delivers. It also keeps, in {@code forecast_snapshots}, the first forecast
 * made for each period, which later tells whether that period's value was an anomaly.
 */
final class AlertsStage implements Stage {
  static final String NAME = "alerts";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> reads() {
    return List.of("kpi_scores", "objective_scores", "perspective_scores", "scorecard", "score_changes", "forecasts",
        "ingest_audit", "silver");
  }

  @Override
  public List<String> writes() {
    return List.of("alerts", "alert_deliveries", "forecast_snapshots");
  }

  @Override
  public Done run(RunContext ctx, Batch batch) {
    Prerequisites.require(ctx, batch, CuratedTables.KPI_SCORES, ScoreStage.NAME);
    Prerequisites.require(ctx, batch, CuratedTables.FORECASTS, ForecastStage.NAME);
    boolean exists = ctx.existed(CuratedTables.ALERTS);
    List<TenantConfig> tenants = new ArrayList<>();
    List<String> upToDate = new ArrayList<>();
    java.util.Set<String> retrying = AlertDelivery.owing(ctx, batch.tenants());
    for (TenantConfig t : batch.tenants()) {
      boolean owed = IncrementalPlan.days(ctx, t, NAME, Fingerprints::alerts, exists).map(d -> !d.isEmpty()).orElse(true);
      if (owed || retrying.contains(t.tenantId())) {
        tenants.add(t);
      } else {
        upToDate.add(t.tenantId());
      }
    }
    if (tenants.isEmpty()) {
      return new Done(Map.of(), upToDate);
    }
    List<String> ids = tenants.stream().map(TenantConfig::tenantId).toList();
    LocalDate night = ctx.run().asOf();
    Map<String, TenantAlerts> perTenant = new LinkedHashMap<>();
    tenants.forEach(t -> perTenant.put(t.tenantId(), TenantAlerts.of(t)));
    Dataset<Row> complete = complete(ctx, tenants, ids);
    // Each made once: the latest period because every kind reads it; the conditions because Drivers
    // reads them twice; the alerts because the counts, the deliveries and the write read them, the
    // write while the alerts table still holds the previous alerts they were made from.
    Dataset<Row> latest = Conditions.latest(complete).localCheckpoint();
    Dataset<Row> found = found(ctx, tenants, ids, complete, latest).localCheckpoint();
    Dataset<Row> alerts = TenantAlerts.frame(conditions(ctx, found, latest, perTenant), previous(ctx, ids, night),
        perTenant, night, ctx.run().startedAt()).localCheckpoint();
    AlertDelivery delivery = new AlertDelivery(ctx, tenants, alerts);
    Map<String, Counts> counts = new LinkedHashMap<>();
    for (TenantConfig t : tenants) {
      counts.put(t.tenantId(), delivery.deliver(t));
    }
    if (!ctx.dryRun()) {
      ctx.prepareOutputs();
      Scope reachable = new Scope();
      ids.forEach(id -> reachable.where(id, AlertHistory.reachable(night)));
      ctx.warehouse().replace(CuratedTables.ALERTS, reachable, alerts, ctx.run());
      keepSnapshots(ctx, ids);
      delivery.record();
      Map<String, RunState.Mark> marks = new LinkedHashMap<>();
      tenants.forEach(t -> marks.put(t.tenantId(), IncrementalPlan.mark(ctx, Fingerprints.alerts(t))));
      ctx.state().settle(NAME, marks);
    }
    return new Done(counts, upToDate);
  }

  /** The four score tables' complete periods of the alerting grains, with each subject's rules ({@link Conditions#complete}). */
  private static Dataset<Row> complete(RunContext ctx, List<TenantConfig> tenants, List<String> ids) {
    Dataset<Row> scores = Conditions.scores(read(ctx, CuratedTables.KPI_SCORES, ids),
        read(ctx, CuratedTables.OBJECTIVE_SCORES, ids), read(ctx, CuratedTables.PERSPECTIVE_SCORES, ids),
        read(ctx, CuratedTables.SCORECARD, ids));
    return Conditions.complete(scores, AlertRulesFrame.of(ctx.spark(), tenants));
  }

  /** Tonight's conditions of every kind ({@link Conditions}), for every tenant in one plan. */
  private static Dataset<Row> found(RunContext ctx, List<TenantConfig> tenants, List<String> ids,
      Dataset<Row> complete, Dataset<Row> latest) {
    Dataset<Row> rules = AlertRulesFrame.of(ctx.spark(), tenants);
    Dataset<Row> forecasts = read(ctx, CuratedTables.FORECASTS, ids);
    Dataset<Row> found = Conditions.status(latest, complete).unionByName(Conditions.transitions(latest))
        .unionByName(Conditions.forecastRisks(forecasts, rules, latest))
        .unionByName(Conditions.dataQuality(read(ctx, CuratedTables.INGEST_AUDIT, ids),
            Conditions.perTenant(ctx.spark(), tenants, "ratio", t -> t.alerts().dataQuality()
                ? t.alerts().quarantineRatio() : null)));
    if (ctx.warehouse().exists(CuratedTables.FORECAST_SNAPSHOTS)) {
      found = found.unionByName(Conditions.anomalies(latest, read(ctx, CuratedTables.FORECAST_SNAPSHOTS, ids)));
    }
    Dataset<Row> days = sourceDays(ctx, tenants);
    if (days != null) {
      found = found.unionByName(Conditions.staleSources(days, Conditions.perTenant(ctx.spark(), tenants, "factor",
          t -> t.alerts().staleSource() ? t.alerts().staleFactor() : null), ctx.run().asOf()));
    }
    return found;
  }

  /**
   * Tonight's conditions with the drivers of rolled-up scores and, for those that fold, how many
   * locations their question was asked of.
   */
  private static Dataset<Row> conditions(RunContext ctx, Dataset<Row> found, Dataset<Row> latest,
      Map<String, TenantAlerts> perTenant) {
    List<String> ids = List.copyOf(perTenant.keySet());
    Dataset<Row> explained = Drivers.add(found, read(ctx, CuratedTables.SCORE_CHANGES, ids));
    Dataset<Row> asked = Conditions.asked(latest, read(ctx, CuratedTables.FORECASTS, ids));
    return Asked.join(explained, Asked.counts(asked, regions(ctx, perTenant)));
  }

  /** Each location of the batch with its region, from the config: what the shares of folding are counted over. */
  private static Dataset<Row> regions(RunContext ctx, Map<String, TenantAlerts> perTenant) {
    List<Row> rows = new ArrayList<>();
    perTenant.forEach((id, t) -> t.tree().level(Level.LOCATION)
        .forEach(n -> rows.add(RowFactory.create(id, n.id(), n.parentId()))));
    return ctx.spark().createDataFrame(rows, StructType.fromDDL("tenant_id STRING, node_id STRING, region_id STRING"));
  }

  private static Dataset<Row> read(RunContext ctx, CuratedTables table, List<String> ids) {
    return ctx.warehouse().curated(table, ids);
  }

  /** The alerts of earlier nights that tonight can change ({@link AlertHistory#reachable}); none before the first night. */
  private static Dataset<Row> previous(RunContext ctx, List<String> ids, LocalDate night) {
    if (!ctx.warehouse().exists(CuratedTables.ALERTS)) {
      return ctx.spark().createDataFrame(List.of(), CuratedTables.ALERTS.contentSchema());
    }
    return read(ctx, CuratedTables.ALERTS, ids).filter(expr(AlertHistory.reachable(night)));
  }

  /**
   * Each day with data of each source, up to the as-of date: one distinct query per silver table,
   * over the tenants whose source it holds. Null when no source has a silver table yet.
   */
  private static Dataset<Row> sourceDays(RunContext ctx, List<TenantConfig> tenants) {
    Map<String, List<String>> readers = new LinkedHashMap<>();
    Map<String, SourceSpec> sources = new LinkedHashMap<>();
    for (TenantConfig t : tenants) {
      if (!t.alerts().staleSource()) {
        continue;
      }
      for (SourceSpec source : t.sources().values()) {
        String key = SilverTables.name(source) + "|" + source.dateColumn() + "|" + source.id();
        readers.computeIfAbsent(key, k -> new ArrayList<>()).add(t.tenantId());
        sources.putIfAbsent(key, source);
      }
    }
    Dataset<Row> days = null;
    for (Map.Entry<String, List<String>> e : readers.entrySet()) {
      SourceSpec source = sources.get(e.getKey());
      if (!ctx.warehouse().exists(ctx.warehouse().silverPath(source))) {
        continue;
      }
      Dataset<Row> one = ctx.warehouse().silver(source, e.getValue())
          .select(col(SilverTables.TENANT).as("tenant_id"), lit(source.id()).as("source"),
              to_date(col(source.dateColumn())).as("day"))
          .filter(col("day").leq(lit(Date.valueOf(ctx.run().asOf())))).distinct();
      days = days == null ? one : days.unionByName(one);
    }
    return days;
  }

  /**
   * Adds the first forecast period of each series to {@code forecast_snapshots} unless a forecast
   * for it is kept already: the forecast made when that period was still ahead.
   */
  private static void keepSnapshots(RunContext ctx, List<String> ids) {
    String[] series = {"tenant_id", "kpi_id", "node_level", "node_id", "period_grain"};
    Dataset<Row> forecasts = read(ctx, CuratedTables.FORECASTS, ids);
    Dataset<Row> first = forecasts.groupBy(Columns.of(series)).agg(min("period_start").as("period_start"));
    Dataset<Row> fresh = forecasts.join(first, Columns.seq("tenant_id", "kpi_id", "node_level", "node_id", "period_grain",
        "period_start")).withColumn("made_on", lit(Date.valueOf(ctx.run().asOf())));
    Dataset<Row> kept = read(ctx, CuratedTables.FORECAST_SNAPSHOTS, ids).localCheckpoint();
    Dataset<Row> added = fresh.join(kept.select(Columns.of(CuratedTables.FORECAST_SNAPSHOTS.keys().toArray(String[]::new))),
        Columns.seq(CuratedTables.FORECAST_SNAPSHOTS.keys().toArray(String[]::new)), "left_anti");
    Dataset<Row> rows = kept.unionByName(added.select(CuratedTables.FORECAST_SNAPSHOTS.columns()));
    ctx.warehouse().replace(CuratedTables.FORECAST_SNAPSHOTS, Scope.tenants(ids), rows, ctx.run());
  }
}
