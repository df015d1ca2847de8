package dev.scorecard.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scorecard.testing.TestSpark;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What moved one location's score from February to March, worked out by hand.
 *
 * <p>Perspectives financial (weight 3) and customer (1); objectives grow (financial, 2), margin
 * (financial, 1), reach (customer, 1); KPIs of weight 1: revenue (grow), margin and cost_ratio
 * (margin), customers (reach).
 *
 * <p>February: revenue 60, margin 80, cost_ratio 70, customers 50. grow 60, margin (80 + 70) / 2 =
 * 75, reach 50; financial (2 * 60 + 75) / 3 = 65, customer 50; overall (3 * 65 + 50) / 4 = 61.25.
 *
 * <p>March: revenue 75, margin 90, cost_ratio lost its value, customers 60. grow 75, margin 90,
 * reach 60; financial (150 + 90) / 3 = 80, customer 60; overall (240 + 60) / 4 = 75. Change 13.75.
 *
 * <p>March's effective weights: revenue 1 * 2/3 * 3/4 = 0.5, margin 1 * 1/3 * 3/4 = 0.25 (it is
 * now alone in its objective), customers 1 * 1 * 1/4 = 0.25 (0.5 * 75 + 0.25 * 90 + 0.25 * 60 = 75).
 * Contributions: revenue 0.5 * 15 = 7.5, margin 0.25 * 10 = 2.5, customers 0.25 * 10 = 2.5;
 * renormalisation 13.75 - 12.5 = 1.25 (cost_ratio's 70 no longer pulls its objective down, and
 * margin's weight doubled). April has no scorecard score for the node: no rows.
 */
class ScoreChangesTest {
  private static final Map<String, Row> CHANGES = new HashMap<>();
  private static List<Row> rows;

  @BeforeAll
  static void compute() {
    SparkSession spark = TestSpark.session();
    Dataset<Row> kpis = spark.sql("""
        SELECT 't' AS tenant_id, kpi_id, 'location' AS node_level, 'l1' AS node_id, 'month' AS period_grain,
          DATE(period_start) AS period_start, objective_id, perspective_id, CAST(score AS DOUBLE) AS score,
          1.0D AS weight
        FROM VALUES
          ('revenue', '2025-02-01', 'grow', 'financial', 60), ('margin', '2025-02-01', 'margin', 'financial', 80),
          ('cost_ratio', '2025-02-01', 'margin', 'financial', 70), ('customers', '2025-02-01', 'reach', 'customer', 50),
          ('revenue', '2025-03-01', 'grow', 'financial', 75), ('margin', '2025-03-01', 'margin', 'financial', 90),
          ('cost_ratio', '2025-03-01', 'margin', 'financial', NULL), ('customers', '2025-03-01', 'reach', 'customer', 60),
          ('revenue', '2025-04-01', 'grow', 'financial', NULL)
          AS v(kpi_id, period_start, objective_id, perspective_id, score)""");
    Dataset<Row> objectives = spark.sql("""
        SELECT 't' AS tenant_id, objective_id, 'location' AS node_level, 'l1' AS node_id, 'month' AS period_grain,
          DATE(period_start) AS period_start, perspective_id, CAST(score AS DOUBLE) AS score,
          CAST(weight AS DOUBLE) AS weight
        FROM VALUES
          ('grow', '2025-02-01', 'financial', 60, 2), ('margin', '2025-02-01', 'financial', 75, 1),
          ('reach', '2025-02-01', 'customer', 50, 1),
          ('grow', '2025-03-01', 'financial', 75, 2), ('margin', '2025-03-01', 'financial', 90, 1),
          ('reach', '2025-03-01', 'customer', 60, 1), ('grow', '2025-04-01', 'financial', NULL, 2)
          AS v(objective_id, period_start, perspective_id, score, weight)""");
    Dataset<Row> perspectives = spark.sql("""
        SELECT 't' AS tenant_id, perspective_id, 'location' AS node_level, 'l1' AS node_id, 'month' AS period_grain,
          DATE(period_start) AS period_start, CAST(score AS DOUBLE) AS score, CAST(weight AS DOUBLE) AS weight
        FROM VALUES
          ('financial', '2025-02-01', 65, 3), ('customer', '2025-02-01', 50, 1),
          ('financial', '2025-03-01', 80, 3), ('customer', '2025-03-01', 60, 1), ('financial', '2025-04-01', NULL, 3)
          AS v(perspective_id, period_start, score, weight)""");
    Dataset<Row> scorecard = spark.sql("""
        SELECT 't' AS tenant_id, 'location' AS node_level, 'l1' AS node_id, 'month' AS period_grain,
          DATE(period_start) AS period_start, CAST(score AS DOUBLE) AS score, period_start > '2025-03-01' AS provisional
        FROM VALUES ('2025-02-01', 61.25), ('2025-03-01', 75), ('2025-04-01', NULL) AS v(period_start, score)""");
    rows = ScoreChanges.of(kpis, objectives, perspectives, scorecard).collectAsList();
    rows.forEach(r -> CHANGES.put(r.<String>getAs("contributor"), r));
  }

  @Test
  void contributionsSplitTheChangeExactly() {
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.<java.sql.Date>getAs("period_start")).hasToString("2025-03-01");
      assertThat(r.<Double>getAs("prior_score")).isEqualTo(61.25);
      assertThat(r.<Double>getAs("score")).isEqualTo(75.0);
    });
    assertThat(CHANGES.keySet()).containsExactlyInAnyOrder("revenue", "margin", "customers",
        ScoreChanges.RENORMALISATION);
    assertThat(CHANGES.get("revenue").<Double>getAs("contribution")).isCloseTo(7.5, within(1e-9));
    assertThat(CHANGES.get("revenue").<Double>getAs("weight")).isCloseTo(0.5, within(1e-9));
    assertThat(CHANGES.get("margin").<Double>getAs("contribution")).isCloseTo(2.5, within(1e-9));
    assertThat(CHANGES.get("margin").<Double>getAs("kpi_prior_score")).isEqualTo(80.0);
    assertThat(CHANGES.get("margin").<Double>getAs("kpi_score")).isEqualTo(90.0);
    assertThat(CHANGES.get("customers").<Double>getAs("contribution")).isCloseTo(2.5, within(1e-9));
    assertThat(CHANGES.get("customers").<String>getAs("perspective_id")).isEqualTo("customer");
    assertThat(CHANGES.get(ScoreChanges.RENORMALISATION).<Double>getAs("contribution")).isCloseTo(1.25, within(1e-9));
    double sum = rows.stream().mapToDouble(r -> r.<Double>getAs("contribution")).sum();
    assertThat(sum).isCloseTo(75.0 - 61.25, within(1e-9));
  }
}
