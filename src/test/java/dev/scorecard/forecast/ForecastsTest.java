package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.testing.TenantFixture;
import dev.scorecard.testing.TestSpark;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forecasts of noiseless monthly series of tenant {@code tiny}, complete April 2023 to March 2025,
 * at the as-of date 2025-04-16 with revenue data in through 2025-04-15, so April 2025 is open and
 * half over (15 of 30 days). A straight line is continued exactly, so the chance of meeting each
 * target is 0 or 1 and shows which target applied.
 *
 * <p>Series: revenue at l1 = 100 + 10t (last 330) with 12 in so far in April; revenue at l2 =
 * 50 + 5t (last 165), nothing in April; revenue at r1, a constant 1000 that bottom-up replaces;
 * cost_ratio at l1 = 70 - 0.5t (not additive); customers at l1, ended in 2023; customers at l2, a
 * small count (0 to 3) whose interval would reach below zero; big_share at l2, 96 to 100 (bounded
 * 0..100 in tiny.yaml), whose interval would reach above 100; cost_ratio at l2 = 100 * cost / revenue
 * with cost = 50 + 5t and revenue = 100 + 10t (so a constant 50%), and 3 of 12 (25%) in so far in April.
 */
class ForecastsTest {
  private static final StructType VALUES = new StructType(java.util.Arrays.stream(CuratedTables.KPI_VALUES.schema().fields())
      .filter(f -> !f.name().equals("run_id") && !f.name().equals("computed_at")).toArray(StructField[]::new));
  private static final LocalDate AS_OF = LocalDate.parse("2025-04-16");
  private static Map<String, Row> forecasts;

  @BeforeAll
  static void forecast(@TempDir java.nio.file.Path conf) {
    TenantConfig tenant = TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml"));
    List<Row> rows = new ArrayList<>();
    LocalDate start = LocalDate.parse("2023-04-01");
    for (int t = 0; t < 24; t++) {
      rows.add(value("revenue", "l1", start.plusMonths(t), 100.0 + 10 * t, true));    // 100 ... 330
      rows.add(value("revenue", "l2", start.plusMonths(t), 50.0 + 5 * t, true));      // 50 ... 165
      rows.add(value("cost_ratio", "l1", start.plusMonths(t), 70.0 - 0.5 * t, true)); // 70 ... 58.5, falling
      rows.add(RowFactory.create("tiny", "revenue", "region", "r1", "month", Date.valueOf(start.plusMonths(t)),
          Date.valueOf(start.plusMonths(t + 1).minusDays(1)), 1000.0, null, null, "", true));
    }
    for (int t = 0; t < 6; t++) {
      rows.add(value("customers", "l1", start.plusMonths(t), 5.0 + t, true));          // ended September 2023
    }
    double[] few = {3, 1, 0, 2, 0, 1, 0, 0, 2, 0, 1, 0, 3, 0, 1, 2, 0, 0, 1, 0, 2, 1, 0, 1};
    double[] high = {99, 97, 100, 98, 96, 100, 99, 97, 98, 100, 96, 99, 98, 100, 97, 99, 100, 96, 98, 99, 100, 97, 99,
        100};
    for (int t = 0; t < 24; t++) {
      rows.add(value("customers", "l2", start.plusMonths(t), few[t], true));
      rows.add(value("big_share", "l2", start.plusMonths(t), high[t], true));
    }
    for (int t = 0; t < 24; t++) {
      rows.add(ratio("cost_ratio", "l2", start.plusMonths(t), 50.0 + 5 * t, 100.0 + 10 * t, true));
    }
    rows.add(ratio("cost_ratio", "l2", LocalDate.parse("2025-04-01"), 3.0, 12.0, false));
    rows.add(value("revenue", "l1", LocalDate.parse("2025-04-01"), 12.0, false));      // open: 12 in so far
    forecasts = new HashMap<>();
    Forecasts.forecast(TestSpark.session(), List.of(tenant), TestSpark.session().createDataFrame(rows, VALUES), AS_OF,
            Map.of("tiny", Map.of("revenue", LocalDate.parse("2025-04-15"), "cost_ratio", LocalDate.parse("2025-04-15"))))
        .collectAsList().forEach(r -> forecasts.put(r.getAs("kpi_id") + "|" + r.getAs("node_id") + "|"
            + r.getAs("period_start"), r));
  }

  private static Row ratio(String kpi, String location, LocalDate start, double numerator, double denominator,
      boolean complete) {
    return RowFactory.create("tiny", kpi, "location", location, "month", Date.valueOf(start),
        Date.valueOf(start.plusMonths(1).minusDays(1)), 100 * numerator / denominator, numerator, denominator, "%",
        complete);
  }

  private static Row value(String kpi, String location, LocalDate start, double value, boolean complete) {
    return RowFactory.create("tiny", kpi, "location", location, "month", Date.valueOf(start),
        Date.valueOf(start.plusMonths(1).minusDays(1)), value, null, null, "", complete);
  }

  @Test
  void continuesTheLineForTheNextThreeMonthsAndNothingForASeriesThatEnded() {
    assertThat(forecasts.keySet().stream().filter(k -> k.contains("|l1|"))).containsExactlyInAnyOrder(
        "revenue|l1|2025-04-01", "revenue|l1|2025-05-01", "revenue|l1|2025-06-01",
        "cost_ratio|l1|2025-04-01", "cost_ratio|l1|2025-05-01", "cost_ratio|l1|2025-06-01");
    // After 330 in March 2025: 350 and 360 for May and June.
    assertThat(forecasts.get("revenue|l1|2025-06-01").<Double>getAs("forecast")).isCloseTo(360.0, within(1e-4));
    Row may = forecasts.get("revenue|l1|2025-05-01");
    assertThat(may.<Double>getAs("forecast")).isCloseTo(350.0, within(1e-4));
    assertThat(may.<Double>getAs("actual_to_date")).isNull();
    assertThat(may.<Double>getAs("lower_95")).isLessThanOrEqualTo(may.<Double>getAs("lower_80"));
    assertThat(may.<Double>getAs("upper_80")).isLessThanOrEqualTo(may.<Double>getAs("upper_95"));
    assertThat(may.<Double>getAs("backtest_smape")).isCloseTo(0.0, within(1e-4));
  }

  /* April at l1: the model says 340 for the month; 12 is in, and 15 of 30 days remain: 12 + 0.5 * 340 = 182. */
  @Test
  void theOpenPeriodOfAnAdditiveKpiIsItsActualPlusTheForecastOfTheRest() {
    Row april = forecasts.get("revenue|l1|2025-04-01");
    assertThat(april.<Double>getAs("forecast")).isCloseTo(182.0, within(1e-4));
    assertThat(april.<Double>getAs("actual_to_date")).isEqualTo(12.0);
    // cost_ratio is a ratio: its open April is the model's 58, whatever is in so far.
    assertThat(forecasts.get("cost_ratio|l1|2025-04-01").<Double>getAs("forecast")).isCloseTo(58.0, within(1e-4));
    assertThat(forecasts.get("cost_ratio|l1|2025-04-01").<Double>getAs("actual_to_date")).isNull();
  }

  /* r1 = l1 + l2, not its own constant 1000: April 182 + 170 = 352, May 350 + 175 = 525, June 360 + 180 = 540. */
  @Test
  void aRegionForecastIsTheSumOfItsLocations() {
    assertThat(forecasts.get("revenue|r1|2025-04-01").<Double>getAs("forecast")).isCloseTo(352.0, within(1e-4));
    assertThat(forecasts.get("revenue|r1|2025-05-01").<Double>getAs("forecast")).isCloseTo(525.0, within(1e-4));
    assertThat(forecasts.get("revenue|r1|2025-06-01").<Double>getAs("forecast")).isCloseTo(540.0, within(1e-4));
    assertThat(forecasts.get("revenue|r1|2025-06-01").<String>getAs("model")).isEqualTo("bottom-up:naive");
    // A constant series has zero spread, which the region keeps: its interval is the point.
    assertThat(forecasts.get("revenue|r1|2025-06-01").<Double>getAs("upper_95")).isCloseTo(540.0, within(1e-4));
    assertThat(forecasts.get("revenue|l2|2025-06-01").<String>getAs("model")).isNotEqualTo("bottom-up:naive");
  }

  /*
   * customers at l2 (a count, mean 0.88, sd 1.0): the seasonal naive forecast wins (3, 0, 1 for
   * April to June, sd 0.76), so a Normal 95% interval would reach below zero in May and June; the
   * floor of a count cuts it at 0. big_share at l2 (mean 98.4, sd 1.4): its 95% upper bound would
   * pass 100, the configured max.
   */
  @Test
  void countsStayAtOrAboveZeroAndBoundedSharesAtOrBelowTheirMax() {
    assertThat(forecasts.get("customers|l2|2025-05-01").<Double>getAs("lower_95")).isEqualTo(0.0);
    assertThat(forecasts.get("customers|l2|2025-06-01").<Double>getAs("lower_95")).isEqualTo(0.0);
    for (String month : List.of("2025-04-01", "2025-05-01", "2025-06-01")) {
      Row few = forecasts.get("customers|l2|" + month);
      assertThat(few.<Double>getAs("lower_95")).isGreaterThanOrEqualTo(0.0);
      assertThat(few.<Double>getAs("lower_80")).isGreaterThanOrEqualTo(0.0);
      assertThat(few.<Double>getAs("forecast")).isGreaterThanOrEqualTo(0.0);
      Row high = forecasts.get("big_share|l2|" + month);
      assertThat(high.<Double>getAs("upper_95")).isEqualTo(100.0);
      assertThat(high.<Double>getAs("forecast")).isLessThanOrEqualTo(100.0);
      assertThat(high.<Double>getAs("lower_95")).isLessThan(high.<Double>getAs("forecast"));
    }
  }

  /*
   * cost_ratio at l2, April open and half over (15 of 30 days remain, r = 0.5): cost forecast for
   * April 50 + 5 * 24 = 170, revenue 100 + 10 * 24 = 340 (straight lines, continued exactly).
   * Cost 3 + 0.5 * 170 = 88 over revenue 12 + 0.5 * 340 = 182: 100 * 88 / 182 = 48.35164835164835,
   * not the constant 50 the ratio's own series says. Its spread is 0 (a constant series).
   */
  @Test
  void aRatiosOpenPeriodIsCompletedFromItsNumeratorAndDenominator() {
    Row april = forecasts.get("cost_ratio|l2|2025-04-01");
    assertThat(april.<Double>getAs("forecast")).isCloseTo(48.35164835164835, within(1e-6));
    assertThat(april.<Double>getAs("actual_to_date")).isCloseTo(25.0, within(1e-12));
    assertThat(april.<Double>getAs("upper_95")).isCloseTo(48.35164835164835, within(1e-6));
    assertThat(forecasts.get("cost_ratio|l2|2025-05-01").<Double>getAs("forecast")).isCloseTo(50.0, within(1e-9));
  }

  @Test
  void theChanceOfMeetingTheTargetFollowsTheTargetThatApplies() {
    // April 2025 has the location period override 500: 182 misses it.
    assertThat(forecasts.get("revenue|l1|2025-04-01").<Double>getAs("target")).isEqualTo(500.0);
    assertThat(forecasts.get("revenue|l1|2025-04-01").<Double>getAs("prob_meet_target")).isCloseTo(0.0, within(1e-6));
    // May 2025 takes l1's node target 300: 350 meets it.
    assertThat(forecasts.get("revenue|l1|2025-05-01").<Double>getAs("target")).isEqualTo(300.0);
    assertThat(forecasts.get("revenue|l1|2025-05-01").<Double>getAs("prob_meet_target")).isCloseTo(1.0, within(1e-6));
    // cost_ratio is lower-is-better with target 50: 58, 57.5, 57 stay above it, so no chance.
    assertThat(forecasts.get("cost_ratio|l1|2025-06-01").<Double>getAs("prob_meet_target")).isCloseTo(0.0, within(1e-6));
  }
}
