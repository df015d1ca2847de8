package dev.scorecard.alert;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import dev.scorecard.config.Level;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.spark.Columns;
import dev.scorecard.spark.PeriodColumns;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds tonight's alert conditions in the curated tables, for every tenant of a batch in one plan
 * per kind: red (or amber) scores of the latest complete period, scores that got worse, forecasts
 * unlikely to meet their target, values outside the interval forecast for them, silent sources and
 * bad files. Provisional scores of a period in progress never raise a condition.
 */
public final class Conditions {
  /** The subject id of a node's overall score. */
  public static final String OVERALL = "overall";

  static final String[] COLUMNS = {"tenant_id", "kind", "subject_type", "subject_id", "node_level", "node_id",
      "period_grain", "period_start", "since", "value", "target", "score", "status", "previous_status", "severity",
      "drivers"};
  private static final String[] SERIES = {"tenant_id", "subject_type", "subject_id", "node_level", "node_id",
      "period_grain"};

  private Conditions() {}

  /**
   * The four score tables as one: subject type and id, node, period, value and target (KPIs only),
   * score, status and whether it is provisional.
   */
  public static Dataset<Row> scores(Dataset<Row> kpis, Dataset<Row> objectives, Dataset<Row> perspectives,
      Dataset<Row> scorecard) {
    return select(kpis, "kpi", col("kpi_id"), col("value"), col("target"))
        .unionByName(select(objectives, "objective", col("objective_id"), nothing(), nothing()))
        .unionByName(select(perspectives, "perspective", col("perspective_id"), nothing(), nothing()))
        .unionByName(select(scorecard, "scorecard", lit(OVERALL), nothing(), nothing()));
  }

  private static Dataset<Row> select(Dataset<Row> table, String type, Column id, Column value, Column target) {
    return table.select(col("tenant_id"), lit(type).as("subject_type"), id.as("subject_id"), col("node_level"),
        col("node_id"), col("period_grain"), col("period_start"), value.as("value"), target.as("target"), col("score"),
        col("status"), coalesce(col("provisional"), lit(false)).as("provisional"));
  }

  private static Column nothing() {
    return lit(null).cast(DataTypes.DoubleType);
  }

  /** Complete periods of the alerting grains, each with its subject's rules: the history status alerts date streaks in. */
  public static Dataset<Row> complete(Dataset<Row> scores, Dataset<Row> rules) {
    return scores.filter(col("provisional").equalTo(false))
        .join(broadcast(rules), Columns.seq("tenant_id", "subject_type", "subject_id", "period_grain"));
  }

  /**
   * The latest complete period of each tenant and grain, each series with the status and score of
   * the period before: the only period that every kind but {@link #status}'s streaks looks at, so
   * that a night's conditions cost its series, not its history.
   */
  public static Dataset<Row> latest(Dataset<Row> complete) {
    Dataset<Row> last = complete.groupBy("tenant_id", "period_grain").agg(max("period_start").as("latest"));
    Column next = PeriodColumns.shift(col("period_start"), col("period_grain"), 1);
    Dataset<Row> recent = complete.join(broadcast(last), Columns.seq("tenant_id", "period_grain"))
        .filter(col("period_start").equalTo(col("latest")).or(next.equalTo(col("latest"))));
    return recent.filter(col("period_start").equalTo(col("latest"))).drop("latest")
        .join(before(recent.filter(next.equalTo(col("latest"))), true), Columns.seq(concat(SERIES, "period_start")),
            "left");
  }

  /** Each period's status (and score) keyed by the period after it, to join as the previous period's. */
  private static Dataset<Row> before(Dataset<Row> periods, boolean withScore) {
    List<Column> columns = new ArrayList<>();
    for (String name : SERIES) {
      columns.add(col(name));
    }
    columns.add(PeriodColumns.shift(col("period_start"), col("period_grain"), 1).as("period_start"));
    columns.add(col("status").as("previous_status"));
    if (withScore) {
      columns.add(col("score").as("previous_score"));
    }
    return periods.select(columns.toArray(Column[]::new));
  }

  /**
   * Series red (or amber, if asked) in the latest complete period, since the first period of that
   * streak. With hysteresis: a series that was red stays alerting until its score is the
   * hysteresis clear of the threshold, so a score hovering at it does not open and resolve an alert
   * every period. The streaks are dated in the history of the alerting series only.
   *
   * @param latest {@link #latest}
   * @param complete {@link #complete}
   */
  public static Dataset<Row> status(Dataset<Row> latest, Dataset<Row> complete) {
    Column clear = when(col("amber_on"), col("green_at")).otherwise(col("amber_at")).plus(col("hysteresis"));
    Column alerting = bad(col("status")).or(bad(col("previous_status")).and(coalesce(col("score").lt(clear), lit(false))));
    Dataset<Row> tonight = latest.filter(col("status_on").and(alerting));
    Dataset<Row> history = complete.join(broadcast(tonight.select(Columns.of(SERIES))), Columns.seq(SERIES), "left_semi");
    Dataset<Row> periods = history.join(before(history, false), Columns.seq(concat(SERIES, "period_start")), "left");
    Dataset<Row> lastFine = periods.groupBy(Columns.of(SERIES))
        .agg(max(when(not(alerting), col("period_start"))).as("last_fine"));
    Dataset<Row> since = periods.filter(alerting).join(lastFine, Columns.seq(SERIES))
        .filter(col("last_fine").isNull().or(col("period_start").gt(col("last_fine"))))
        .groupBy(Columns.of(SERIES)).agg(min("period_start").as("since"));
    Column severity = when(col("status").isin("amber", "green"), lit("info"))
        .when(col("score").lt(col("amber_at").divide(2)), lit("critical")).otherwise(lit("warning"));
    return conditions(tonight.join(since, Columns.seq(SERIES)), AlertKind.STATUS, col("since"), severity);
  }

  /** Whether a status is one that status alerts are raised for: red, or amber when asked. */
  private static Column bad(Column status) {
    return coalesce(status.equalTo("red").or(col("amber_on").and(status.equalTo("amber"))), lit(false));
  }

  /**
   * Series whose status in the latest complete period is worse than the period before's, with a
   * score at least the hysteresis below the threshold it crossed. A move into a status that a
   * status alert covers is that alert's news (its previous status says where it came from), so it
   * raises no transition too.
   */
  public static Dataset<Row> transitions(Dataset<Row> latest) {
    Column rank = rank(col("status"));
    Column before = rank(col("previous_status"));
    Column crossed = when(col("previous_status").equalTo("green"), col("green_at")).otherwise(col("amber_at"));
    Column severity = when(col("previous_status").equalTo("green").and(col("status").equalTo("red")), lit("critical"))
        .when(col("status").equalTo("red"), lit("warning")).otherwise(lit("info"));
    return conditions(latest.filter(col("transition_on")
        .and(rank.gt(before)).and(col("score").leq(crossed.minus(col("hysteresis"))))
        .and(not(col("status_on").and(bad(col("status")))))),
        AlertKind.TRANSITION, col("period_start"), severity);
  }

  private static Column rank(Column status) {
    return when(status.equalTo("green"), 0).when(status.equalTo("amber"), 1).when(status.equalTo("red"), 2);
  }

  /**
   * Series whose first forecast period (the one in progress, else the next) has a chance of meeting
   * its target below the threshold; the chance is the condition's score. An early warning: only for
   * series green (or without a status) in their latest complete period; one already amber or red is
   * below its target, and status and transition alerts speak for it.
   */
  public static Dataset<Row> forecastRisks(Dataset<Row> forecasts, Dataset<Row> rules, Dataset<Row> latest) {
    Dataset<Row> behind = latest.filter(col("subject_type").equalTo("kpi").and(col("status").isin("amber", "red")))
        .select(col("tenant_id"), col("subject_id").as("kpi_id"), col("node_level"), col("node_id"), col("period_grain"));
    Dataset<Row> kpiRules = rules.filter(col("subject_type").equalTo("kpi"))
        .withColumnRenamed("subject_id", "kpi_id");
    Dataset<Row> rows = first(forecasts)
        .join(kpiRules, Columns.seq("tenant_id", "kpi_id", "period_grain"))
        .filter(col("risk_on").and(col("prob_meet_target").lt(col("risk_below"))))
        .join(behind, Columns.seq("tenant_id", "kpi_id", "node_level", "node_id", "period_grain"), "left_anti")
        .select(col("tenant_id"), lit("kpi").as("subject_type"), col("kpi_id").as("subject_id"), col("node_level"),
            col("node_id"), col("period_grain"), col("period_start"), col("forecast").as("value"), col("target"),
            col("prob_meet_target").as("score"), lit(null).cast("string").as("status"),
            lit(null).cast("string").as("previous_status"));
    return conditions(rows, AlertKind.FORECAST_RISK, col("period_start"),
        when(col("score").lt(0.1), lit("critical")).otherwise(lit("warning")));
  }

  /** Each series' first forecast period: the one in progress, else the next. */
  public static Dataset<Row> first(Dataset<Row> forecasts) {
    Dataset<Row> first = forecasts.groupBy("tenant_id", "kpi_id", "node_level", "node_id", "period_grain")
        .agg(min("period_start").as("period_start"));
    return forecasts.join(first, Columns.seq("tenant_id", "kpi_id", "node_level", "node_id", "period_grain",
        "period_start"));
  }

  /**
   * The locations each question was asked of, for {@link Folding}: those scored in the latest
   * complete period ({@code asked_by} {@code scores}), and those with a chance of meeting the target
   * in their first forecast period ({@code forecasts}).
   */
  public static Dataset<Row> asked(Dataset<Row> latest, Dataset<Row> forecasts) {
    Column location = col("node_level").equalTo(Level.LOCATION.id());
    Dataset<Row> scored = latest.filter(location.and(col("status").isin("green", "amber", "red")))
        .select(lit("scores").as("asked_by"), col("tenant_id"), col("subject_type"), col("subject_id"),
            col("period_grain"), col("period_start"), col("node_id"));
    Dataset<Row> forecast = first(forecasts).filter(location.and(col("prob_meet_target").isNotNull()))
        .select(lit("forecasts").as("asked_by"), col("tenant_id"), lit("kpi").as("subject_type"),
            col("kpi_id").as("subject_id"), col("period_grain"), col("period_start"), col("node_id"));
    return scored.unionByName(forecast);
  }

  /**
   * KPI values of the latest complete period outside the 95% interval forecast for that period
   * when it was ahead ({@code snapshots} made on the period's first or second day, before its data
   * narrowed the interval), by more than the margin (a share of the interval's half-width); the
   * forecast is the condition's target.
   */
  public static Dataset<Row> anomalies(Dataset<Row> latest, Dataset<Row> snapshots) {
    Dataset<Row> rows = latest.filter(col("subject_type").equalTo("kpi").and(col("anomaly_on"))
        .and(col("value").isNotNull()))
        .join(snapshots.withColumnRenamed("kpi_id", "subject_id"), Columns.seq("tenant_id", "subject_id", "node_level",
            "node_id", "period_grain", "period_start"))
        .filter(col("made_on").leq(date_add(col("period_start"), 1)))
        .withColumn("target", col("forecast"));
    Column half = col("upper_95").minus(col("lower_95")).divide(2);
    Column outside = greatest(col("lower_95").minus(col("value")), col("value").minus(col("upper_95")));
    rows = rows.filter(outside.gt(col("anomaly_margin").multiply(half)));
    return conditions(rows, AlertKind.ANOMALY, col("period_start"),
        when(outside.gt(half), lit("critical")).otherwise(lit("warning")));
  }

  private static Dataset<Row> conditions(Dataset<Row> rows, AlertKind kind, Column since, Column severity) {
    return rows.select(col("tenant_id"), lit(kind.id()).as("kind"), col("subject_type"), col("subject_id"),
        col("node_level"), col("node_id"), col("period_grain"), col("period_start"), since.as("since"), col("value"),
        col("target"), col("score"), col("status"), col("previous_status"), severity.as("severity"),
        lit(null).cast("string").as("drivers"));
  }

  /**
   * Sources silent for longer than their tenant's factor times their usual gap between days of
   * data (the median over their last 60 gaps, at least a day), counted to the as-of date.
   *
   * @param days per tenant and source, each day it has data for, up to the as-of date
   * @param factors per tenant with stale-source alerts on: {@code tenant_id, factor}
   */
  public static Dataset<Row> staleSources(Dataset<Row> days, Dataset<Row> factors, LocalDate asOf) {
    WindowSpec order = Window.partitionBy("tenant_id", "source").orderBy(col("day").desc());
    Dataset<Row> gaps = days.withColumn("gap", datediff(col("day"), lead(col("day"), 1).over(order)))
        .withColumn("n", row_number().over(order));
    Dataset<Row> usual = gaps.groupBy("tenant_id", "source").agg(max("day").as("last_day"),
        expr("percentile(CASE WHEN n <= 60 THEN gap END, 0.5)").as("usual"));
    Column allowed = greatest(coalesce(col("usual"), lit(1.0)), lit(1.0)).multiply(col("factor"));
    Column silent = datediff(lit(Date.valueOf(asOf)), col("last_day")).cast("double");
    Dataset<Row> rows = usual.join(factors, "tenant_id").withColumn("allowed", allowed).withColumn("silent", silent)
        .filter(col("silent").gt(col("allowed")));
    return rows.select(col("tenant_id"), lit(AlertKind.STALE_SOURCE.id()).as("kind"), lit("source").as("subject_type"),
        col("source").as("subject_id"), lit(Level.ORG.id()).as("node_level"), col("tenant_id").as("node_id"),
        lit(null).cast("string").as("period_grain"), lit(null).cast("date").as("period_start"), col("last_day").as("since"),
        col("silent").as("value"), col("allowed").as("target"), lit(null).cast("double").as("score"),
        lit(null).cast("string").as("status"), lit(null).cast("string").as("previous_status"),
        when(col("silent").gt(col("allowed").multiply(2)), lit("critical")).otherwise(lit("warning")).as("severity"),
        lit(null).cast("string").as("drivers"));
  }

  /**
   * Files whose latest delivery was rejected whole, or had more than the threshold share of its
   * rows quarantined. A corrected re-delivery ends the alert; a new bad copy is a new alert.
   *
   * @param audit the {@code ingest_audit} rows of the batch's tenants
   * @param ratios per tenant with data-quality alerts on: {@code tenant_id, ratio}
   */
  public static Dataset<Row> dataQuality(Dataset<Row> audit, Dataset<Row> ratios) {
    Dataset<Row> latest = audit.groupBy("tenant_id", "source", "file").agg(max("ingested_at").as("ingested_at"));
    Column share = col("rows_quarantined").divide(col("rows_read"));
    Dataset<Row> rows = audit.join(latest, Columns.seq("tenant_id", "source", "file", "ingested_at"))
        .join(ratios, "tenant_id")
        .filter(col("status").equalTo("rejected").or(col("rows_read").gt(0).and(share.gt(col("ratio")))));
    Column rejected = col("status").equalTo("rejected");
    return rows.select(col("tenant_id"), lit(AlertKind.DATA_QUALITY.id()).as("kind"), lit("file").as("subject_type"),
        col("file").as("subject_id"), lit(Level.ORG.id()).as("node_level"), col("tenant_id").as("node_id"),
        lit(null).cast("string").as("period_grain"), lit(null).cast("date").as("period_start"),
        to_date(col("ingested_at")).as("since"),
        when(rejected, lit(null)).otherwise(share).cast("double").as("value"), col("ratio").as("target"),
        lit(null).cast("double").as("score"), when(rejected, lit("rejected")).otherwise(lit("quarantined")).as("status"),
        lit(null).cast("string").as("previous_status"),
        when(rejected, lit("critical")).otherwise(lit("warning")).as("severity"),
        when(rejected, col("reason")).otherwise(col("source")).as("drivers"));
  }

  /** Per tenant, one number: the stale-source factor or the quarantine ratio of those with the kind on. */
  public static Dataset<Row> perTenant(SparkSession spark, List<TenantConfig> tenants, String name,
      Function<TenantConfig, Double> value) {
    List<Row> rows = new ArrayList<>();
    tenants.stream().filter(t -> value.apply(t) != null).forEach(t -> rows.add(RowFactory.create(t.tenantId(),
        value.apply(t))));
    return spark.createDataFrame(rows, new StructType().add("tenant_id", DataTypes.StringType)
        .add(name, DataTypes.DoubleType));
  }

  private static String[] concat(String[] names, String more) {
    String[] out = Arrays.copyOf(names, names.length + 1);
    out[names.length] = more;
    return out;
  }
}
