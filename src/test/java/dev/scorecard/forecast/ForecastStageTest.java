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
 * Forecasts of noiseless monthly series of tenant {@code tiny} at l1, complete April 2023 to March
 * 2025, with April 2025 still open (excluded). A straight line is continued exactly, so the chance
 * of meeting each target is 0 or 1 and shows which target applied.
 */
class ForecastStageTest {
  private static final StructType VALUES = new StructType(java.util.Arrays.stream(CuratedTables.KPI_VALUES.schema().fields())
      .filter(f -> !f.name().equals("run_id") && !f.name().equals("computed_at")).toArray(StructField[]::new));
  private static Map<String, Row> forecasts;

  @BeforeAll
  static void forecast(@TempDir java.nio.file.Path conf) {
    TenantConfig tenant = TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml"));
    List<Row> rows = new ArrayList<>();
    LocalDate start = LocalDate.parse("2023-04-01");
    for (int t = 0; t < 24; t++) {
      rows.add(value("revenue", start.plusMonths(t), 100.0 + 10 * t, true));    // 100 ... 330
      rows.add(value("cost_ratio", start.plusMonths(t), 70.0 - 0.5 * t, true)); // 70 ... 58.5, falling
    }
    rows.add(value("revenue", LocalDate.parse("2025-04-01"), 12.0, false));      // open: not used
    forecasts = new HashMap<>();
    ForecastStage.forecast(TestSpark.session(), tenant, TestSpark.session().createDataFrame(rows, VALUES))
        .collectAsList().forEach(r -> forecasts.put(r.getAs("kpi_id") + "|" + r.getAs("period_start"), r));
  }

  private static Row value(String kpi, LocalDate start, double value, boolean complete) {
    return RowFactory.create("tiny", kpi, "location", "l1", "month", Date.valueOf(start),
        Date.valueOf(start.plusMonths(1).minusDays(1)), value, null, null, "", complete);
  }

  @Test
  void continuesTheLineForTheNextThreeMonths() {
    assertThat(forecasts).containsOnlyKeys("revenue|2025-04-01", "revenue|2025-05-01", "revenue|2025-06-01",
        "cost_ratio|2025-04-01", "cost_ratio|2025-05-01", "cost_ratio|2025-06-01");
    // After 330 in March 2025: 340, 350, 360.
    assertThat(forecasts.get("revenue|2025-04-01").<Double>getAs("forecast")).isCloseTo(340.0, within(1e-4));
    assertThat(forecasts.get("revenue|2025-06-01").<Double>getAs("forecast")).isCloseTo(360.0, within(1e-4));
    Row may = forecasts.get("revenue|2025-05-01");
    assertThat(may.<Double>getAs("lower_95")).isLessThanOrEqualTo(may.<Double>getAs("lower_80"));
    assertThat(may.<Double>getAs("upper_80")).isLessThanOrEqualTo(may.<Double>getAs("upper_95"));
    assertThat(may.<Double>getAs("backtest_smape")).isCloseTo(0.0, within(1e-4));
  }

  @Test
  void theChanceOfMeetingTheTargetFollowsTheTargetThatApplies() {
    // April 2025 has the location period override 500: 340 misses it.
    assertThat(forecasts.get("revenue|2025-04-01").<Double>getAs("target")).isEqualTo(500.0);
    assertThat(forecasts.get("revenue|2025-04-01").<Double>getAs("prob_meet_target")).isCloseTo(0.0, within(1e-6));
    // May 2025 takes l1's node target 300: 350 meets it.
    assertThat(forecasts.get("revenue|2025-05-01").<Double>getAs("target")).isEqualTo(300.0);
    assertThat(forecasts.get("revenue|2025-05-01").<Double>getAs("prob_meet_target")).isCloseTo(1.0, within(1e-6));
    // cost_ratio is lower-is-better with target 50: 58, 57.5, 57 stay above it, so no chance.
    assertThat(forecasts.get("cost_ratio|2025-04-01").<Double>getAs("forecast")).isCloseTo(58.0, within(1e-4));
    assertThat(forecasts.get("cost_ratio|2025-06-01").<Double>getAs("prob_meet_target")).isCloseTo(0.0, within(1e-6));
  }
}
