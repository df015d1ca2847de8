package dev.scorecard.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.testing.TenantFixture;
import dev.scorecard.testing.TestSpark;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring and roll-up on hand-made KPI values of tenant {@code tiny} (objectives grow w2 and margin
 * w1 in financial w3; reach w1 in customer w1; every KPI weight 1). Each expected number is worked
 * out in the comments.
 */
class ScoresTest {
  private static final StructType VALUES = new StructType(java.util.Arrays.stream(CuratedTables.KPI_VALUES.schema().fields())
      .filter(f -> !f.name().equals("run_id") && !f.name().equals("computed_at")).toArray(org.apache.spark.sql.types.StructField[]::new));
  private static ScoreTables tables;

  @BeforeAll
  static void score(@TempDir java.nio.file.Path conf) {
    SparkSession spark = TestSpark.session();
    TenantConfig tenant = TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml"));
    List<Row> rows = new ArrayList<>();
    String march = "2025-03-01";
    rows.add(value("revenue", "l1", "2025-02-01", 200.0));
    rows.add(value("revenue", "l1", march, 250.0));
    rows.add(value("revenue_yoy", "l1", march, 12.0));
    rows.add(value("revenue_mom", "l1", march, null));
    rows.add(value("margin", "l1", march, 44.0));
    rows.add(value("cost_ratio", "l1", march, 56.0));
    rows.add(value("customers", "l1", march, 3.0));
    rows.add(value("big_share", "l1", march, 20.0));
    rows.add(value("revenue", "l2", march, 190.0));
    rows.add(value("margin", "l2", march, 50.0));
    rows.add(value("cost_ratio", "l2", march, 45.0));
    rows.add(value("customers", "l2", march, 5.0));
    rows.add(value("revenue_yoy", "l3", march, 3.0));
    rows.add(value("revenue", "l1", "2025-04-01", 400.0));
    rows.add(open(value("revenue", "l2", "2025-05-01", 50.0)));
    rows.add(open(value("margin", "l2", "2025-05-01", 40.0)));
    Dataset<Row> values = spark.createDataFrame(rows, VALUES);
    tables = Scores.score(spark, List.of(tenant), values, AS_OF);
  }

  /** The as-of date: May 2025 is in progress, 10 of its 31 days in (1-10 May, the as-of day included). */
  private static final java.time.LocalDate AS_OF = java.time.LocalDate.of(2025, 5, 10);

  /** The same value in a period not complete at the as-of date. */
  private static Row open(Row complete) {
    Object[] values = new Object[complete.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = complete.get(i);
    }
    values[values.length - 1] = false;
    return RowFactory.create(values);
  }

  @Test
  void aPeriodInProgressIsProvisionalAndAdditiveTargetsArePartOfTheWhole() {
    Map<String, Row> kpis = byKey(tables.kpiScores(), "kpi_id");
    // revenue (a sum) at l2 in May after 10 of 31 days: target 200 * 10/31, baseline 100 * 10/31;
    // 50 scores (50 - 1000/31) / (2000/31 - 1000/31) = (1550 - 1000) / 1000 = 55 -> red.
    // Against the whole month it would score (50 - 100) / (200 - 100) < 0 -> 0.
    Row revenue = kpis.get("revenue|l2|2025-05-01");
    assertThat(revenue.<Boolean>getAs("provisional")).isTrue();
    assertThat(revenue.<Double>getAs("target")).isCloseTo(2000.0 / 31, within(1e-9));
    assertThat(revenue.<Double>getAs("baseline")).isCloseTo(1000.0 / 31, within(1e-9));
    assertThat(revenue.<Double>getAs("score")).isCloseTo(55.0, within(1e-9));
    assertThat(revenue.<String>getAs("status")).isEqualTo("red");
    // margin (a ratio) is not pro-rated: (40 - 30) / (50 - 30) = 50.
    Row margin = kpis.get("margin|l2|2025-05-01");
    assertThat(margin.<Double>getAs("target")).isEqualTo(50.0);
    assertThat(margin.<Double>getAs("score")).isCloseTo(50.0, within(1e-9));
    assertThat(margin.<Boolean>getAs("provisional")).isTrue();
    assertThat(kpis.get("revenue|l2|2025-03-01").<Boolean>getAs("provisional")).isFalse();
    // The roll-ups of May are provisional too; March's are not.
    assertThat(byKey(tables.objectiveScores(), "objective_id").get("grow|l2|2025-05-01").<Boolean>getAs("provisional"))
        .isTrue();
    assertThat(byKey(tables.scorecard(), null).get("l2|2025-05-01").<Boolean>getAs("provisional")).isTrue();
    assertThat(byKey(tables.scorecard(), null).get("l2|2025-03-01").<Boolean>getAs("provisional")).isFalse();
  }

  private static Row value(String kpi, String location, String start, Double value) {
    Date s = Date.valueOf(start);
    return RowFactory.create("tiny", kpi, "location", location, "month", s, Date.valueOf(s.toLocalDate().plusMonths(1).minusDays(1)),
        value, null, null, "", true);
  }

  private static Map<String, Row> byKey(Dataset<Row> table, String idColumn) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : table.collectAsList()) {
      String id = idColumn == null ? "" : r.getAs(idColumn) + "|";
      out.put(id + r.getAs("node_id") + "|" + r.getAs("period_start"), r);
    }
    return out;
  }

  @Test
  void kpiScoresUseTheMostSpecificTarget() {
    Map<String, Row> kpis = byKey(tables.kpiScores(), "kpi_id");
    // l1 has a node target 300 over baseline 100: (250 - 100) / (300 - 100) = 75 -> amber.
    Row revenue = kpis.get("revenue|l1|2025-03-01");
    assertThat(revenue.<Double>getAs("target")).isEqualTo(300.0);
    assertThat(revenue.<Double>getAs("score")).isCloseTo(75.0, within(1e-9));
    assertThat(revenue.<String>getAs("status")).isEqualTo("amber");
    assertThat(revenue.<Double>getAs("variance")).isEqualTo(-50.0);
    assertThat(revenue.<Double>getAs("variance_pct")).isCloseTo(-100.0 / 6, within(1e-9));
    assertThat(revenue.<Double>getAs("prior_value")).isEqualTo(200.0);
    assertThat(revenue.<Double>getAs("change_pct")).isCloseTo(25.0, within(1e-9));
    assertThat(revenue.<String>getAs("objective_id")).isEqualTo("grow");
    assertThat(revenue.<String>getAs("perspective_id")).isEqualTo("financial");
    // l2 takes the level target 200 over 100: (190 - 100) / 100 = 90 -> green.
    assertThat(kpis.get("revenue|l2|2025-03-01").<Double>getAs("score")).isCloseTo(90.0, within(1e-9));
    // April's period override (500 over 0, green 95, amber 50) beats l1's node target: 400 / 500 = 80 -> amber.
    Row april = kpis.get("revenue|l1|2025-04-01");
    assertThat(april.<Double>getAs("target")).isEqualTo(500.0);
    assertThat(april.<Double>getAs("score")).isCloseTo(80.0, within(1e-9));
    assertThat(april.<String>getAs("status")).isEqualTo("amber");
  }

  @Test
  void lowerIsBetterAndMissingTargetsOrData() {
    Map<String, Row> kpis = byKey(tables.kpiScores(), "kpi_id");
    // cost_ratio: target 50 below baseline 70; 56 -> (56 - 70) / (50 - 70) = 70 -> amber; 45 -> capped at 100.
    assertThat(kpis.get("cost_ratio|l1|2025-03-01").<Double>getAs("score")).isCloseTo(70.0, within(1e-9));
    assertThat(kpis.get("cost_ratio|l1|2025-03-01").<String>getAs("direction")).isEqualTo("lower_is_better");
    assertThat(kpis.get("cost_ratio|l2|2025-03-01").<Double>getAs("score")).isCloseTo(100.0, within(1e-9));
    // customers has a target without baseline: ratio 3 / 4 = 75.
    assertThat(kpis.get("customers|l1|2025-03-01").<Double>getAs("score")).isCloseTo(75.0, within(1e-9));
    assertThat(kpis.get("revenue_yoy|l1|2025-03-01").<String>getAs("status")).isEqualTo("no_target");
    assertThat(kpis.get("revenue_yoy|l1|2025-03-01").<Double>getAs("score")).isNull();
    assertThat(kpis.get("revenue_mom|l1|2025-03-01").<String>getAs("status")).isEqualTo("no_data");
  }

  @Test
  void objectivesArePartialWeightedMeansRenormalised() {
    Map<String, Row> objectives = byKey(tables.objectiveScores(), "objective_id");
    // grow at l1: only revenue (75) is scored; yoy has no target, mom no data.
    Row grow = objectives.get("grow|l1|2025-03-01");
    assertThat(grow.<Double>getAs("score")).isCloseTo(75.0, within(1e-9));
    assertThat(grow.<Integer>getAs("kpis_scored")).isEqualTo(1);
    assertThat(grow.<Integer>getAs("kpis_missing")).isEqualTo(2);
    assertThat(grow.<Double>getAs("weight")).isEqualTo(2.0);
    // margin at l1: (70 + 70) / 2 = 70 -> amber.
    assertThat(objectives.get("margin|l1|2025-03-01").<Double>getAs("score")).isCloseTo(70.0, within(1e-9));
    assertThat(objectives.get("margin|l1|2025-03-01").<String>getAs("status")).isEqualTo("amber");
    // reach at l3 has nothing scored: no score, no_data.
    assertThat(objectives).doesNotContainKey("reach|l3|2025-03-01");
    assertThat(objectives.get("grow|l3|2025-03-01").<Double>getAs("score")).isNull();
    assertThat(objectives.get("grow|l3|2025-03-01").<String>getAs("status")).isEqualTo("no_data");
  }

  @Test
  void perspectivesAndScorecardRollUpWithWeights() {
    Map<String, Row> perspectives = byKey(tables.perspectiveScores(), "perspective_id");
    // financial at l1: grow 75 (w2), margin 70 (w1) -> (150 + 70) / 3 = 73.33.
    assertThat(perspectives.get("financial|l1|2025-03-01").<Double>getAs("score")).isCloseTo(220.0 / 3, within(1e-9));
    assertThat(perspectives.get("financial|l1|2025-03-01").<Integer>getAs("objectives_scored")).isEqualTo(2);
    Map<String, Row> cards = byKey(tables.scorecard(), null);
    // l1: financial 73.33 (w3), customer 75 (w1) -> (220 + 75) / 4 = 73.75.
    // l2: grow 90, margin 100, reach 100 -> financial (180 + 100) / 3 = 93.33; whole (280 + 100) / 4 = 95.
    Row l1 = cards.get("l1|2025-03-01");
    Row l2 = cards.get("l2|2025-03-01");
    assertThat(l1.<Double>getAs("score")).isCloseTo(73.75, within(1e-9));
    assertThat(l2.<Double>getAs("score")).isCloseTo(95.0, within(1e-9));
    assertThat(l2.<String>getAs("status")).isEqualTo("green");
    assertThat(l1.<String>getAs("parent_node_id")).isEqualTo("r1");
    // Peers under r1: l2 first (percentile 100), l1 second (percentile 0).
    assertThat(l2.<Integer>getAs("rank_in_peers")).isEqualTo(1);
    assertThat(l2.<Double>getAs("percentile")).isEqualTo(100.0);
    assertThat(l1.<Integer>getAs("rank_in_peers")).isEqualTo(2);
    assertThat(l1.<Double>getAs("percentile")).isEqualTo(0.0);
    assertThat(l1.<Integer>getAs("peer_count")).isEqualTo(2);
    // l3 (alone in r2) has no scored KPI: no score, no rank.
    Row l3 = cards.get("l3|2025-03-01");
    assertThat(l3.<Double>getAs("score")).isNull();
    assertThat(l3.<String>getAs("status")).isEqualTo("no_data");
    assertThat(l3.<Integer>getAs("rank_in_peers")).isNull();
  }
}
