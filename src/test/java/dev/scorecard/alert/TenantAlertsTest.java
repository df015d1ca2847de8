package dev.scorecard.alert;

import static dev.scorecard.alert.AlertFixtures.red;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.model.NodeTree;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.testing.TenantFixture;
import dev.scorecard.testing.TestSpark;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerts of a night made in Spark, on the tiny tenant (r1 holds l1 and l2, r2 holds l3), as of
 * 2025-04-01: drivers from {@code score_changes}, shares of the locations asked, and earlier alerts
 * continued or resolved. Every expected value is worked out by hand in the comments.
 */
class TenantAlertsTest {
  private static final LocalDate NIGHT = LocalDate.parse("2025-04-01");
  private static final Instant NOW = Instant.parse("2025-04-02T02:00:00Z");
  @TempDir
  static Path conf;
  private static SparkSession spark;
  private static TenantConfig tiny;

  @BeforeAll
  static void load() {
    spark = TestSpark.session();
    tiny = TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml"));
  }

  @Test
  void driversAreTheThreeKpisThatPulledTheSubjectDownMostWorstFirst() {
    Dataset<Row> conditions = conditions("('tiny','status','objective','grow','org','tiny','month','2025-03-01',"
        + "'2025-03-01',NULL,NULL,55.0,'red',NULL,'warning',NULL),"
        + "('tiny','data_quality','file','bad.csv','org','tiny',NULL,NULL,'2025-03-30',1.0,0.2,NULL,'rejected',NULL,"
        + "'critical','no header')");
    // Of grow at the org in March: a -4.26, f -2.0, b -1.0, d -0.5; c rose (+2), e is another
    // objective's, renormalisation is no KPI. Top three, worst first, one decimal with its sign.
    Dataset<Row> changes = spark.sql("SELECT tenant_id, node_level, node_id, period_grain, DATE(period_start) "
        + "period_start, objective_id, perspective_id, contributor, CAST(contribution AS DOUBLE) contribution FROM VALUES "
        + "('tiny','org','tiny','month','2025-03-01','grow','financial','a',-4.26),"
        + "('tiny','org','tiny','month','2025-03-01','grow','financial','b',-1.0),"
        + "('tiny','org','tiny','month','2025-03-01','grow','financial','c',2.0),"
        + "('tiny','org','tiny','month','2025-03-01','grow','financial','d',-0.5),"
        + "('tiny','org','tiny','month','2025-03-01','other','financial','e',-7.0),"
        + "('tiny','org','tiny','month','2025-03-01','grow','financial','f',-2.0),"
        + "('tiny','org','tiny','month','2025-03-01','grow','financial','renormalisation',-9.0),"
        + "('tiny','org','tiny','month','2025-02-01','grow','financial','g',-20.0)"
        + " AS v(tenant_id, node_level, node_id, period_grain, period_start, objective_id, perspective_id, contributor,"
        + " contribution)");

    Map<String, String> drivers = Drivers.add(conditions, changes).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("kind"), r -> r.getAs("drivers")));

    assertThat(drivers).containsEntry("status", "a (-4.3), f (-2.0), b (-1.0)")
        .as("a data-quality condition keeps its reason").containsEntry("data_quality", "no header");
  }

  @Test
  void foldsByTheLocationsAskedAndContinuesOrResolvesEarlierAlerts() {
    // Revenue red at l1 (since February) and l2 (since March); l3 was not scored in March. l2 is
    // asked twice and l9 (in no config) once: each location counts once, and only the config's.
    Dataset<Row> conditions = conditions(
        "('tiny','status','kpi','revenue','location','l1','month','2025-03-01','2025-02-01',80.0,200.0,40.0,'red',"
            + "'red','warning',NULL),"
            + "('tiny','status','kpi','revenue','location','l2','month','2025-03-01','2025-03-01',90.0,200.0,45.0,"
            + "'red','green','critical',NULL)");
    Dataset<Row> asked = spark.sql("SELECT asked_by, tenant_id, subject_type, subject_id, period_grain, "
        + "DATE(period_start) period_start, node_id FROM VALUES "
        + "('scores','tiny','kpi','revenue','month','2025-03-01','l1'),"
        + "('scores','tiny','kpi','revenue','month','2025-03-01','l2'),"
        + "('scores','tiny','kpi','revenue','month','2025-03-01','l2'),"
        + "('scores','tiny','kpi','revenue','month','2025-03-01','l9'),"
        + "('forecasts','tiny','kpi','revenue','month','2025-03-01','l3')"
        + " AS v(asked_by, tenant_id, subject_type, subject_id, period_grain, period_start, node_id)");
    Dataset<Row> regions = spark.sql("SELECT * FROM VALUES ('tiny','l1','r1'),('tiny','l2','r1'),('tiny','l3','r2')"
        + " AS v(tenant_id, node_id, region_id)");
    // Earlier: revenue red at the org since 2025-03-05 (the same condition as tonight's folded one),
    // and a transition at l3 that tonight does not raise.
    Alert orgRed = new Alert("prev-org", red("org", "tiny", "2025-02-01", Severity.WARNING), AlertState.OPEN,
        Instant.parse("2025-03-06T02:00:00Z"), null, LocalDate.parse("2025-03-05"), null, "m", "q");
    Condition moved = new Condition("tiny", AlertKind.TRANSITION, "kpi", "revenue", "location", "l3", "month",
        LocalDate.parse("2025-02-01"), LocalDate.parse("2025-02-01"), 1.0, 2.0, 60.0, "amber", "green", Severity.INFO,
        List.of(), null);
    Alert l3 = new Alert("prev-l3", moved, AlertState.OPEN, Instant.parse("2025-03-02T02:00:00Z"), null,
        LocalDate.parse("2025-03-01"), null, "m", "q");
    Dataset<Row> previous = spark.createDataFrame(List.of(AlertRows.row(orgRed), AlertRows.row(l3)),
        CuratedTables.ALERTS.contentSchema());
    NodeTree tree = NodeTree.of(tiny);

    List<Row> rows = TenantAlerts.frame(Asked.join(conditions, Asked.counts(asked, regions)), previous,
        Map.of("tiny", new TenantAlerts(tree, 0.7, new AlertText(tree, AlertText.Names.of(tiny)))), NIGHT, NOW).collectAsList();

    // Asked of l1 and l2 only: the org has 2 red of 2 asked > 0.7, so one alert at the org (of all
    // three locations, 2 of 2 would be 2 of 3 = 0.67 and fold only into r1). It goes on as prev-org:
    // opened 2025-03-05, since the earliest start (l1's February), the worse severity (critical).
    Map<String, Row> byId = rows.stream().collect(Collectors.toMap(r -> r.getAs("alert_id"), r -> r));
    assertThat(byId).containsOnlyKeys("prev-org", "prev-l3");
    Row org = byId.get("prev-org");
    assertThat(org.<String>getAs("state")).isEqualTo("open");
    assertThat(org.<String>getAs("node_level") + ":" + org.getAs("node_id")).isEqualTo("org:tiny");
    assertThat(org.<scala.collection.Seq<String>>getAs("children").mkString(",")).isEqualTo("l1,l2");
    assertThat(org.getAs("opened_on").toString()).isEqualTo("2025-03-05");
    assertThat(org.getAs("since").toString()).isEqualTo("2025-02-01");
    assertThat(org.<String>getAs("severity")).isEqualTo("critical");
    assertThat(org.<String>getAs("message")).contains("at 2 of 3 locations of Tiny Group (l1, l2)");
    Row gone = byId.get("prev-l3");
    assertThat(gone.<String>getAs("state")).isEqualTo("resolved");
    assertThat(gone.getAs("resolved_on").toString()).isEqualTo("2025-04-01");
  }

  @Test
  void aNightReachesOnlyTheAlertsItCanChange() {
    // As of 2025-04-01: open ones opened before, those resolved that night, and those opened that
    // night (whose ids it may take again); not history resolved before, nor later nights' alerts.
    Dataset<Row> alerts = spark.sql("SELECT id, DATE(o) opened_on, DATE(r) resolved_on FROM VALUES "
        + "('open', '2025-03-01', NULL), ('resolved tonight', '2025-03-01', '2025-04-01'),"
        + "('opened tonight', '2025-04-01', '2025-04-05'), ('history', '2025-03-01', '2025-03-20'),"
        + "('later night', '2025-04-10', NULL), ('resolved later', '2025-03-01', '2025-04-10')"
        + " AS v(id, o, r)");

    assertThat(alerts.filter(expr(AlertHistory.reachable(NIGHT))).select(col("id")).as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList())
        .containsExactlyInAnyOrder("open", "resolved tonight", "opened tonight");
  }

  private static Dataset<Row> conditions(String values) {
    return spark.sql("SELECT tenant_id, kind, subject_type, subject_id, node_level, node_id, period_grain, "
        + "DATE(period_start) period_start, DATE(since) since, CAST(value AS DOUBLE) value, CAST(target AS DOUBLE) "
        + "target, CAST(score AS DOUBLE) score, status, previous_status, severity, CAST(drivers AS STRING) drivers "
        + "FROM VALUES " + values + " AS v(tenant_id, kind, subject_type, subject_id, node_level, node_id, period_grain,"
        + " period_start, since, value, target, score, status, previous_status, severity, drivers)");
  }
}
