package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.to_date;

import dev.scorecard.alert.Alert;
import dev.scorecard.alert.AlertHistory;
import dev.scorecard.alert.AlertRows;
import dev.scorecard.alert.Asked;
import dev.scorecard.alert.AlertRulesFrame;
import dev.scorecard.alert.AlertText;
import dev.scorecard.alert.Condition;
import dev.scorecard.alert.Conditions;
import dev.scorecard.alert.Drivers;
import dev.scorecard.alert.Folding;
import dev.scorecard.config.Fingerprints;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.model.NodeTree;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.RunState;
import dev.scorecard.publish.Scope;
import dev.scorecard.publish.SilverTables;
import dev.scorecard.spark.Columns;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Scores, forecasts, the audit and the silver dates to {@code alerts}, then delivers each alert's
 * opening and resolution ({@link AlertDelivery}). Conditions are found for every tenant of the batch
 * in one plan per kind; the few found are folded, matched with earlier nights' alerts and written
 * back per tenant in one commit. It also keeps, in {@code forecast_snapshots}, the first forecast
 * made for each period, which later tells whether that period's value was an anomaly.
 */
final class AlertsStage implements Stage {
  static final String NAME = "alerts";
  /** What a location was asked ({@code Conditions.asked}) and a folding condition is about. */
  private static final String[] ASKED_KEY = {"asked_by", "tenant_id", "subject_type", "subject_id", "period_grain",
      "period_start"};

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
    Conditions.Found found = conditions(ctx, tenants, ids);
    Map<String, List<Alert>> previous = previous(ctx, ids);
    AlertDelivery delivery = new AlertDelivery(ctx, ids);
    List<Alert> all = new ArrayList<>();
    Map<String, Counts> counts = new LinkedHashMap<>();
    for (TenantConfig t : tenants) {
      NodeTree tree = NodeTree.of(t);
      List<Condition> folded = Folding.fold(found.conditions().getOrDefault(t.tenantId(), List.of()), tree,
          t.alerts().foldShare(), found.asked());
      List<Alert> alerts = AlertHistory.merge(previous.getOrDefault(t.tenantId(), List.of()), folded, ctx.run().asOf(),
          ctx.run().startedAt(), new AlertText(t, tree)::of);
      all.addAll(alerts);
      counts.put(t.tenantId(), delivery.deliver(t, alerts));
    }
    if (!ctx.dryRun()) {
      ctx.prepareOutputs();
      ctx.warehouse().replace(CuratedTables.ALERTS, Scope.tenants(ids), AlertRows.frame(ctx.spark(), all), ctx.run());
      keepSnapshots(ctx, ids);
      delivery.record();
      Map<String, RunState.Mark> marks = new LinkedHashMap<>();
      tenants.forEach(t -> marks.put(t.tenantId(), IncrementalPlan.mark(ctx, Fingerprints.alerts(t))));
      ctx.state().settle(NAME, marks);
    }
    return new Done(counts, upToDate);
  }

  /** Tonight's conditions of every kind, per tenant, with the drivers of rolled-up scores. */
  private static Conditions.Found conditions(RunContext ctx, List<TenantConfig> tenants, List<String> ids) {
    Dataset<Row> rules = AlertRulesFrame.of(ctx.spark(), tenants);
    Dataset<Row> scores = Conditions.scores(read(ctx, CuratedTables.KPI_SCORES, ids),
        read(ctx, CuratedTables.OBJECTIVE_SCORES, ids), read(ctx, CuratedTables.PERSPECTIVE_SCORES, ids),
        read(ctx, CuratedTables.SCORECARD, ids));
    Dataset<Row> complete = Conditions.complete(scores, rules).persist();
    Dataset<Row> forecasts = read(ctx, CuratedTables.FORECASTS, ids);
    Dataset<Row> found = Conditions.status(complete).unionByName(Conditions.transitions(complete))
        .unionByName(Conditions.forecastRisks(forecasts, rules, complete))
        .unionByName(Conditions.dataQuality(read(ctx, CuratedTables.INGEST_AUDIT, ids),
            Conditions.perTenant(ctx.spark(), tenants, "ratio", t -> t.alerts().dataQuality()
                ? t.alerts().quarantineRatio() : null)));
    if (ctx.warehouse().exists(CuratedTables.FORECAST_SNAPSHOTS)) {
      found = found.unionByName(Conditions.anomalies(complete, read(ctx, CuratedTables.FORECAST_SNAPSHOTS, ids)));
    }
    Dataset<Row> days = sourceDays(ctx, tenants);
    if (days != null) {
      found = found.unionByName(Conditions.staleSources(days, Conditions.perTenant(ctx.spark(), tenants, "factor",
          t -> t.alerts().staleSource() ? t.alerts().staleFactor() : null), ctx.run().asOf()));
    }
    List<Condition> conditions = found.collectAsList().stream().map(AlertRows::condition).toList();
    Asked asked = new Asked(Conditions.asked(complete, forecasts)
        .join(foldingSubjects(ctx, conditions), Columns.seq(ASKED_KEY), "left_semi").collectAsList());
    complete.unpersist();
    List<Condition> explained = Drivers.add(conditions, read(ctx, CuratedTables.SCORE_CHANGES, ids));
    Map<String, List<Condition>> byTenant = new LinkedHashMap<>();
    explained.forEach(c -> byTenant.computeIfAbsent(c.tenantId(), k -> new ArrayList<>()).add(c));
    return new Conditions.Found(byTenant, asked);
  }

  /**
   * The questions folding will ask the coverage of: one row per subject and period with a
   * condition that folds. The locations asked are collected for these only, not for every
   * subject at every location.
   */
  private static Dataset<Row> foldingSubjects(RunContext ctx, List<Condition> conditions) {
    Set<List<Object>> keys = new LinkedHashSet<>();
    for (Condition c : conditions) {
      if (c.kind().folds()) {
        keys.add(java.util.Arrays.asList(Asked.askedBy(c), c.tenantId(),
            c.subjectType(), c.subjectId(), c.periodGrain(), c.periodStart() == null ? null : Date.valueOf(c.periodStart())));
      }
    }
    List<Row> rows = keys.stream().map(k -> RowFactory.create(k.toArray())).toList();
    return ctx.spark().createDataFrame(rows, StructType.fromDDL("asked_by STRING, tenant_id STRING, subject_type STRING,"
        + " subject_id STRING, period_grain STRING, period_start DATE"));
  }

  private static Dataset<Row> read(RunContext ctx, CuratedTables table, List<String> ids) {
    return ctx.warehouse().curated(table, ids);
  }

  /** The alerts written by earlier nights, per tenant. */
  private static Map<String, List<Alert>> previous(RunContext ctx, List<String> ids) {
    Map<String, List<Alert>> out = new LinkedHashMap<>();
    if (ctx.warehouse().exists(CuratedTables.ALERTS)) {
      for (Row r : read(ctx, CuratedTables.ALERTS, ids).collectAsList()) {
        Alert a = AlertRows.alert(r);
        out.computeIfAbsent(a.condition().tenantId(), k -> new ArrayList<>()).add(a);
      }
    }
    return out;
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
