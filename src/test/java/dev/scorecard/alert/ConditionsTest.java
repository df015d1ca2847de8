package dev.scorecard.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.testing.TestSpark;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each kind on a few hand-made rows of tenant t, as of 2025-04-01: March 2025 is the latest
 * complete month, April is in progress (provisional). Thresholds: green 90, amber 70, hysteresis 5;
 * status alerts for red only; forecast risk below 0.3.
 */
class ConditionsTest {
  private static final LocalDate AS_OF = LocalDate.parse("2025-04-01");
  private static SparkSession spark;
  private static Dataset<Row> complete;
  private static Dataset<Row> latest;

  @BeforeAll
  static void scores() {
    spark = TestSpark.session();
    Dataset<Row> kpis = spark.sql("SELECT tenant_id, kpi_id, node_level, node_id, period_grain, DATE(period_start) "
        + "AS period_start, CAST(value AS DOUBLE) value, CAST(target AS DOUBLE) target, CAST(score AS DOUBLE) score, "
        + "status, provisional FROM VALUES "
        + "('t','rev','location','l1','month','2025-01-01',950,1000,95,'green',false),"
        + "('t','rev','location','l1','month','2025-02-01',400,1000,40,'red',false),"
        + "('t','rev','location','l1','month','2025-03-01',500,1000,50,'red',false),"
        + "('t','rev','location','l1','month','2025-04-01',990,1000,99,'green',true),"
        + "('t','rev','location','l2','month','2025-01-01',300,1000,30,'red',false),"
        + "('t','rev','location','l2','month','2025-02-01',920,1000,92,'green',false),"
        + "('t','rev','location','l2','month','2025-03-01',700,1000,68,'amber',false),"
        + "('t','rev','location','l3','month','2025-02-01',910,1000,91,'green',false),"
        + "('t','rev','location','l3','month','2025-03-01',870,1000,87,'amber',false),"
        + "('t','rev','location','l3','quarter','2025-01-01',100,1000,10,'red',false),"
        + "('t','cost','location','l1','month','2025-02-01',NULL,NULL,NULL,'no_data',false),"
        + "('t','cost','location','l1','month','2025-03-01',1,10,10,'red',false),"
        + "('t','held','location','l1','month','2025-02-01',6,10,60,'red',false),"
        + "('t','held','location','l1','month','2025-03-01',7,10,72,'amber',false),"
        + "('t','clear','location','l1','month','2025-01-01',6,10,60,'red',false),"
        + "('t','clear','location','l1','month','2025-02-01',7,10,72,'amber',false),"
        + "('t','clear','location','l1','month','2025-03-01',7,10,73,'amber',false)"
        + " AS v(tenant_id, kpi_id, node_level, node_id, period_grain, period_start, value, target, score, status,"
        + " provisional)");
    Dataset<Row> objectives = spark.sql("SELECT tenant_id, objective_id, node_level, node_id, period_grain, "
        + "DATE(period_start) AS period_start, CAST(score AS DOUBLE) score, status, provisional FROM VALUES "
        + "('t','grow','location','l1','month','2025-02-01',75,'amber',false),"
        + "('t','grow','location','l1','month','2025-03-01',60,'red',false)"
        + " AS v(tenant_id, objective_id, node_level, node_id, period_grain, period_start, score, status, provisional)");
    Dataset<Row> perspectives = objectives.withColumnRenamed("objective_id", "perspective_id").limit(0);
    Dataset<Row> scorecard = spark.sql("SELECT tenant_id, node_level, node_id, period_grain, DATE(period_start) "
        + "AS period_start, CAST(score AS DOUBLE) score, status, provisional FROM VALUES "
        + "('t','location','l1','month','2025-03-01',91,'green',false)"
        + " AS v(tenant_id, node_level, node_id, period_grain, period_start, score, status, provisional)");
    List<Row> rules = List.of(rule("kpi", "rev"), rule("kpi", "cost"), rule("kpi", "held"), rule("kpi", "clear"),
        rule("objective", "grow"),
        rule("scorecard", Conditions.OVERALL));
    complete = Conditions.complete(Conditions.scores(kpis, objectives, perspectives, scorecard),
        spark.createDataFrame(rules, AlertRulesFrame.SCHEMA)).cache();
    latest = Conditions.latest(complete).cache();
  }

  private static Row rule(String type, String id) {
    return org.apache.spark.sql.RowFactory.create("t", type, id, "month", true, false, true, 5.0, 90.0, 70.0, true, 0.3,
        true, 0.5);
  }

  private static List<String> found(Dataset<Row> conditions) {
    return conditions.collectAsList().stream().map(AlertRows::condition)
        .map(c -> c.subjectId() + "@" + c.nodeId() + " " + c.status() + " since " + c.since() + " was "
            + c.previousStatus() + " " + c.severity().id())
        .toList();
  }

  @Test
  void theLatestPeriodHoldsEachSeriesOfMarchWithFebruarysStatusAndScore() {
    // The rules ask for months only, so l3's red quarter is not a series; April is provisional.
    assertThat(latest.collectAsList()).extracting(r -> r.getAs("subject_id") + "@" + r.getAs("node_id") + " "
        + r.getAs("period_start") + " " + r.getAs("status") + " was " + r.getAs("previous_status") + " "
        + r.getAs("previous_score")).containsExactlyInAnyOrder(
        "rev@l1 2025-03-01 red was red 40.0",
        "rev@l2 2025-03-01 amber was green 92.0",
        "rev@l3 2025-03-01 amber was green 91.0",
        "cost@l1 2025-03-01 red was no_data null",
        "held@l1 2025-03-01 amber was red 60.0",
        "clear@l1 2025-03-01 amber was amber 72.0",
        "grow@l1 2025-03-01 red was amber 75.0",
        Conditions.OVERALL + "@l1 2025-03-01 green was null null");
  }

  @Test
  void statusAlertsAreRedSeriesOfTheLatestCompletePeriodSinceTheirStreakBegan() {
    assertThat(found(Conditions.status(latest, complete))).containsExactlyInAnyOrder(
        "rev@l1 red since 2025-02-01 was red warning",
        "cost@l1 red since 2025-03-01 was no_data critical", // score 10 is under half of amber (35)
        "grow@l1 red since 2025-03-01 was amber warning",
        // red in February, 72 in March: amber, but not 5 points clear of 70, so still alerting
        "held@l1 amber since 2025-02-01 was red info");
    // clear@l1: red in January, held at 72 in February, 73 after an amber February is clear of it.
  }

  @Test
  void transitionsNeedAScoreTheHysteresisPastTheThresholdCrossed() {
    // l2: green -> amber at 68 <= 90 - 5; l3: green -> amber at 87 > 85 is within the hysteresis.
    // grow@l1 went amber -> red at 60 <= 70 - 5, but its status alert opens with that news.
    assertThat(found(Conditions.transitions(latest))).containsExactly("rev@l2 amber since 2025-03-01 was green info");
  }

  @Test
  void forecastRiskIsTheFirstForecastPeriodsChanceBelowTheThresholdOfSeriesNotBehindAlready() {
    Dataset<Row> forecasts = spark.sql("SELECT tenant_id, kpi_id, node_level, node_id, period_grain, "
        + "DATE(period_start) AS period_start, CAST(forecast AS DOUBLE) forecast, CAST(target AS DOUBLE) target, "
        + "CAST(p AS DOUBLE) prob_meet_target FROM VALUES "
        + "('t','rev','location','l1','month','2025-04-01',800,1000,0.2),"    // red in March: no early warning
        + "('t','rev','location','l2','month','2025-04-01',900,1000,0.25),"   // amber in March: behind already
        + "('t','rev','location','l2','month','2025-05-01',700,1000,0.9),"    // not the first period
        + "('t','rev','location','l3','month','2025-04-01',500,1000,0.05),"   // amber in March too
        + "('t','rev','location','l4','month','2025-04-01',500,1000,0.05),"   // no status: under 0.1 is critical
        + "('t','rev','location','l5','month','2025-04-01',900,1000,0.25),"   // no status: warning
        + "('t','rev','location','l5','month','2025-03-01',500,1000,0.5),"    // earlier row of l5: first is March
        + "('t','cost','location','l2','month','2025-04-01',20,10,0.35),"     // above 0.3
        + "('t','rev','location','l2','quarter','2025-04-01',1,1000,0.0)"     // quarter: not an alerting grain
        + " AS v(tenant_id, kpi_id, node_level, node_id, period_grain, period_start, forecast, target, p)");
    Dataset<Row> rules = spark.createDataFrame(List.of(rule("kpi", "rev"), rule("kpi", "cost")), AlertRulesFrame.SCHEMA);

    List<Condition> risks = Conditions.forecastRisks(forecasts, rules, latest).collectAsList().stream()
        .map(AlertRows::condition).toList();
    assertThat(risks).extracting(c -> c.subjectId() + "@" + c.nodeId() + " " + c.periodStart() + " " + c.score() + " "
        + c.severity().id()).containsExactlyInAnyOrder("rev@l4 2025-04-01 0.05 critical");
  }

  @Test
  void anomaliesAreValuesOutsideTheIntervalForecastForThemAPeriodAhead() {
    Dataset<Row> snapshots = spark.sql("SELECT tenant_id, kpi_id, node_level, node_id, period_grain, "
        + "DATE(period_start) AS period_start, CAST(f AS DOUBLE) forecast, CAST(lo AS DOUBLE) lower_95, "
        + "CAST(hi AS DOUBLE) upper_95, DATE(made) made_on FROM VALUES "
        // value 500: 200 under, more than 0.5 of the half-width 200, not more than all of it: warning
        + "('t','rev','location','l1','month','2025-03-01',900,700,1100,'2025-03-01'),"
        // value 700: 500 over a half-width of 50: critical; made on the period's second day
        + "('t','rev','location','l2','month','2025-03-01',150,100,200,'2025-03-02'),"
        // value 870: 70 over, more than 0.5 x 50, but made on the 20th, when March's data had narrowed it
        + "('t','rev','location','l3','month','2025-03-01',750,700,800,'2025-03-20'),"
        // value 7: 1 over a half-width of 3, not more than 0.5 x 3
        + "('t','held','location','l1','month','2025-03-01',3,0,6,'2025-03-01'),"
        + "('t','rev','location','l1','month','2025-02-01',900,600,1200,'2025-02-01')"   // not the latest period
        + " AS v(tenant_id, kpi_id, node_level, node_id, period_grain, period_start, f, lo, hi, made)");

    List<Condition> found = Conditions.anomalies(latest, snapshots).collectAsList().stream().map(AlertRows::condition)
        .toList();
    assertThat(found).extracting(c -> c.nodeId() + " " + c.value() + " vs " + c.target() + " " + c.severity().id())
        .containsExactlyInAnyOrder("l1 500.0 vs 900.0 warning", "l2 700.0 vs 150.0 critical");
  }

  @Test
  void aSourceIsStaleAfterItsFactorTimesItsUsualGapOfSilence() {
    Dataset<Row> days = spark.sql("SELECT 't' tenant_id, 'pos' source, d AS day FROM "
        + "(SELECT explode(sequence(DATE'2025-03-01', DATE'2025-03-20')) d) UNION ALL "
        + "SELECT 't', 'survey', explode(sequence(DATE'2025-03-03', DATE'2025-03-31', INTERVAL 7 DAYS)) UNION ALL "
        + "SELECT 't', 'energy', explode(sequence(DATE'2025-03-01', DATE'2025-03-15', INTERVAL 7 DAYS))");
    Dataset<Row> factors = spark.sql("SELECT 't' tenant_id, CAST(3 AS DOUBLE) factor");

    // pos: daily, silent 12 days (2025-03-20 to 04-01) > 3 x 1, and > 2 x 3: critical.
    // survey: weekly, silent 1 day; energy: weekly, silent 17 days <= 3 x 7.
    assertThat(Conditions.staleSources(days, factors, AS_OF).collectAsList().stream().map(AlertRows::condition))
        .extracting(c -> c.subjectId() + " silent " + c.value() + " of " + c.target() + " since " + c.since() + " "
            + c.severity().id())
        .containsExactly("pos silent 12.0 of 3.0 since 2025-03-20 critical");
  }

  @Test
  void badFilesAreRejectedOnesOrThoseOverTheQuarantineShareUntilCorrected() {
    Dataset<Row> audit = spark.sql("SELECT 't' tenant_id, source, file, checksum file_checksum, "
        + "CAST(r AS BIGINT) rows_read, CAST(q AS BIGINT) rows_quarantined, TIMESTAMP(at) ingested_at, status, reason "
        + "FROM VALUES "
        + "('pos','pos/a.csv','c1',0,0,'2025-03-05 02:00:00','rejected','the file ends inside a quoted value'),"
        + "('pos','pos/b.csv','c2',100,10,'2025-03-05 02:00:00','ingested',NULL),"
        + "('pos','pos/c.csv','c3',100,10,'2025-03-01 02:00:00','ingested',NULL),"
        + "('pos','pos/c.csv','c4',100,0,'2025-03-02 02:00:00','corrected',NULL),"
        + "('pos','pos/d.csv','c5',100,5,'2025-03-05 02:00:00','ingested',NULL)"
        + " AS v(source, file, checksum, r, q, at, status, reason)");
    Dataset<Row> ratios = spark.sql("SELECT 't' tenant_id, CAST(0.05 AS DOUBLE) ratio");

    assertThat(Conditions.dataQuality(audit, ratios).collectAsList().stream().map(AlertRows::condition))
        .extracting(c -> c.subjectId() + " " + c.status() + " " + c.value() + " " + c.drivers() + " " + c.severity().id())
        .containsExactlyInAnyOrder("pos/a.csv rejected null the file ends inside a quoted value critical",
            "pos/b.csv quarantined 0.1 pos warning");
  }
}
