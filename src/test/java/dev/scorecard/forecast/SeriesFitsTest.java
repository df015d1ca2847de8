package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.testing.TenantFixture;
import dev.scorecard.testing.TestSpark;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nights that fit only the series that changed. Tenant {@code tiny}, revenue at l1 and l2 and
 * cost_ratio at l1 (with numerator and denominator), 24 noisy complete months from April 2023, an
 * open April 2025. Night 1 fits everything; night 2 corrects l2's March 2025; night 3 only brings
 * more of April at l1 (as of four days later). Each night must equal a run that fits everything.
 */
class SeriesFitsTest {
  private static final StructType VALUES = new StructType(java.util.Arrays.stream(CuratedTables.KPI_VALUES.schema().fields())
      .filter(f -> !f.name().equals("run_id") && !f.name().equals("computed_at")).toArray(StructField[]::new));
  private static final LocalDate START = LocalDate.parse("2023-04-01");
  private static TenantConfig tiny;

  @BeforeAll
  static void load(@TempDir Path conf) {
    tiny = TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml"));
  }

  private static List<Row> values(double l2March, double l1April) {
    Random random = new Random(3);
    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < 24; t++) {
      LocalDate month = START.plusMonths(t);
      double l1 = 200 + 3 * t + 20 * Math.sin(t) + random.nextGaussian() * 5;
      double l2 = t == 23 ? l2March : 120 + 10 * Math.cos(t / 2.0) + random.nextGaussian() * 4;
      double cost = 0.6 * l1 + random.nextGaussian() * 3;
      rows.add(row("revenue", "l1", month, l1, null, null, true));
      rows.add(row("revenue", "l2", month, l2, null, null, true));
      rows.add(row("cost_ratio", "l1", month, 100 * cost / l1, cost, l1, true));
    }
    LocalDate april = LocalDate.parse("2025-04-01");
    rows.add(row("revenue", "l1", april, l1April, null, null, false));
    rows.add(row("cost_ratio", "l1", april, 100 * 0.55, 0.55 * l1April, l1April, false));
    return rows;
  }

  private static Row row(String kpi, String node, LocalDate start, double value, Double numerator, Double denominator,
      boolean complete) {
    return RowFactory.create("tiny", kpi, "location", node, "month", Date.valueOf(start),
        Date.valueOf(start.plusMonths(1).minusDays(1)), value, numerator, denominator, "", complete);
  }

  private static Forecasts.Result night(List<Row> rows, LocalDate asOf, Dataset<Row> kept) {
    Dataset<Row> values = TestSpark.session().createDataFrame(rows, VALUES);
    Map<String, Map<String, LocalDate>> through = Map.of("tiny",
        Map.of("revenue", asOf.minusDays(1), "cost_ratio", asOf.minusDays(1)));
    Forecasts.Result result = Forecasts.forecast(TestSpark.session(), List.of(tiny), values, asOf, through, kept);
    return result;
  }

  /** Forecast rows by key, every column. */
  private static Map<String, String> byKey(Dataset<Row> forecasts) {
    Map<String, String> rows = new TreeMap<>();
    forecasts.collectAsList().forEach(r -> rows.put(r.getAs("kpi_id") + "|" + r.getAs("node_id") + "|"
        + r.getAs("period_start"), r.toString()));
    return rows;
  }

  private static Map<String, Boolean> refits(Forecasts.Result result) {
    Map<String, Boolean> refit = new TreeMap<>();
    result.fits().collectAsList().forEach(r -> refit.put(r.getAs("kpi_id") + "|" + r.getAs("node_id"),
        r.<Boolean>getAs("refit")));
    return refit;
  }

  @Test
  void onlyChangedSeriesAreFittedAndEveryNightEqualsAFullRun() {
    LocalDate asOf = LocalDate.parse("2025-04-16");
    List<Row> first = values(118, 90);
    Forecasts.Result night1 = night(first, asOf, null);
    assertThat(refits(night1)).containsOnly(Map.entry("cost_ratio|l1", true), Map.entry("revenue|l1", true),
        Map.entry("revenue|l2", true));

    // Night 2: l2's March corrected; the other series keep their fits (regions and org are not in this input).
    List<Row> second = values(131, 90);
    Forecasts.Result night2 = night(second, asOf, night1.fits().drop("refit"));
    assertThat(refits(night2)).containsOnly(Map.entry("cost_ratio|l1", false), Map.entry("revenue|l1", false),
        Map.entry("revenue|l2", true));
    assertThat(byKey(night2.forecasts())).isEqualTo(byKey(night(second, asOf, null).forecasts()));
    assertThat(byKey(night2.forecasts()).get("revenue|l2|2025-04-01"))
        .isNotEqualTo(byKey(night1.forecasts()).get("revenue|l2|2025-04-01"));

    // Night 3, four days on: more of April is in at l1 (revenue 130, cost_ratio's parts with it). No
    // complete month changed, so nothing is fitted; the open April still moves with its actual.
    LocalDate later = LocalDate.parse("2025-04-20");
    List<Row> third = values(131, 130);
    Forecasts.Result night3 = night(third, later, night2.fits().drop("refit"));
    assertThat(refits(night3)).doesNotContainValue(true);
    assertThat(byKey(night3.forecasts())).isEqualTo(byKey(night(third, later, null).forecasts()));
    assertThat(byKey(night3.forecasts()).get("revenue|l1|2025-04-01"))
        .isNotEqualTo(byKey(night2.forecasts()).get("revenue|l1|2025-04-01"));
    assertThat(byKey(night3.forecasts()).get("cost_ratio|l1|2025-04-01"))
        .isNotEqualTo(byKey(night2.forecasts()).get("cost_ratio|l1|2025-04-01"));
  }

  /* A fit kept from an older engine (another VERSION in its hash) is not trusted: the series is fitted again. */
  @Test
  void aFitFromAnotherEngineVersionIsNotKept() {
    LocalDate asOf = LocalDate.parse("2025-04-16");
    List<Row> rows = values(118, 90);
    Dataset<Row> old = night(rows, asOf, null).fits().drop("refit")
        .withColumn("points_hash", org.apache.spark.sql.functions.lit("hash-of-an-older-engine"));
    assertThat(refits(night(rows, asOf, old))).doesNotContainValue(false);
  }
}
