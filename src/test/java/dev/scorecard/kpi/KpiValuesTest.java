package dev.scorecard.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.apache.spark.sql.functions.col;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.testing.TenantFixture;
import dev.scorecard.testing.TestSpark;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KPI derivation on a tiny in-code dataset (tenant {@code tiny}: l1, l2 in r1; l3 in r2; fiscal year
 * from April; as of 2025-04-30). Every expected number is worked out by hand in the comments.
 */
class KpiValuesTest {
  private static Map<String, Row> values;

  @BeforeAll
  static void derive(@TempDir java.nio.file.Path conf) {
    SparkSession spark = TestSpark.session();
    TenantConfig tenant = TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml"));
    StructType schema = new StructType().add("tenant_id", DataTypes.StringType).add("order_id", DataTypes.StringType).add("day", DataTypes.DateType)
        .add("location_id", DataTypes.StringType).add("customer", DataTypes.StringType)
        .add("revenue", DataTypes.DoubleType).add("cost", DataTypes.DoubleType)
        .add("_location_id", DataTypes.StringType).add("_file", DataTypes.StringType).add("_line", DataTypes.LongType);
    List<Row> rows = List.of(
        sale("o1", "2024-03-15", "l1", "c1", 100, 60),
        sale("o2", "2024-03-20", "l2", "c2", 300, 150),
        sale("o10", "2024-06-10", "l3", "c5", 0, 0), // nothing sold: zero denominators
        sale("o8", "2024-12-20", "l1", "c5", 80, 40),
        sale("o9", "2025-01-05", "l1", "c1", 120, 60),
        sale("o3", "2025-03-10", "l1", "c1", 200, 100),
        sale("o4", "2025-03-11", "l1", "c3", 50, 40),
        sale("o5", "2025-04-02", "l2", "c2", 400, 300),
        sale("o6", "2025-04-03", "l3", "c4", 100, 20),
        sale("o7", "2025-05-01", "l3", "c4", 999, 1)); // after the as-of date: ignored
    Dataset<Row> silver = spark.createDataFrame(rows, schema);
    Dataset<Row> kpis = KpiValues.derive(spark, List.of(tenant), Map.of("sales", silver), LocalDate.parse("2025-04-30"));
    values = new HashMap<>();
    for (Row r : kpis.collectAsList()) {
      values.put(key(r.getAs("kpi_id"), r.getAs("node_id"), r.getAs("period_grain"), r.<Date>getAs("period_start").toString()), r);
    }
  }

  private static Row sale(String id, String day, String location, String customer, double revenue, double cost) {
    return RowFactory.create("tiny", id, Date.valueOf(day), location, customer, revenue, cost, location, "sales/a.csv", 1L);
  }

  private static String key(String kpi, String node, String grain, String start) {
    return kpi + "|" + node + "|" + grain + "|" + start;
  }

  private static Row row(String kpi, String node, String grain, String start) {
    Row r = values.get(key(kpi, node, grain, start));
    assertThat(r).as("kpi_values row %s %s %s %s", kpi, node, grain, start).isNotNull();
    return r;
  }

  private static double value(String kpi, String node, String grain, String start) {
    return row(kpi, node, grain, start).<Double>getAs("value");
  }

  @Test
  void ratioAboveLocationIsRatioOfSums() {
    // r1, March 2024: l1 (100 - 60) / 100 = 40 %, l2 (300 - 150) / 300 = 50 %; mean of ratios 45,
    // ratio of sums (400 - 210) / 400 = 47.5.
    assertThat(value("margin", "l1", "month", "2024-03-01")).isCloseTo(40.0, within(1e-9));
    assertThat(value("margin", "l2", "month", "2024-03-01")).isCloseTo(50.0, within(1e-9));
    assertThat(value("margin", "r1", "month", "2024-03-01")).isCloseTo(47.5, within(1e-9));
    Row r1 = row("margin", "r1", "month", "2024-03-01");
    assertThat(r1.<Double>getAs("numerator")).isEqualTo(190.0);
    assertThat(r1.<Double>getAs("denominator")).isEqualTo(400.0);
    // l1, March 2025: (250 - 140) / 250 = 44 %.
    assertThat(value("margin", "l1", "month", "2025-03-01")).isCloseTo(44.0, within(1e-9));
  }

  @Test
  void growthAgainstPreviousPeriodCrossesTheCalendarYear() {
    // l1: December 2024 80, January 2025 120: +50 %.
    Row jan = row("revenue_mom", "l1", "month", "2025-01-01");
    assertThat(jan.<Double>getAs("value")).isCloseTo(50.0, within(1e-9));
    assertThat(jan.<Double>getAs("numerator")).isEqualTo(120.0);
    assertThat(jan.<Double>getAs("denominator")).isEqualTo(80.0);
    // org: April 2025 (500 so far) is open at the as-of date 2025-04-30: no growth value yet, but
    // its actual to date and March's 250 are kept.
    Row april = row("revenue_mom", "tiny", "month", "2025-04-01");
    assertThat(april.<Double>getAs("value")).isNull();
    assertThat(april.<Double>getAs("numerator")).isEqualTo(500.0);
    assertThat(april.<Double>getAs("denominator")).isEqualTo(250.0);
    assertThat(april.<Boolean>getAs("is_complete")).isFalse();
    // l1 had no February 2025: March has no reference, so no value.
    assertThat(row("revenue_mom", "l1", "month", "2025-03-01").<Double>getAs("value")).isNull();
    // revenue_mom is reported monthly only.
    assertThat(values).doesNotContainKey(key("revenue_mom", "tiny", "quarter", "2025-04-01"));
  }

  @Test
  void growthAgainstYearAgoAtRegionAndFiscalYear() {
    // r1 March 2025: 250 against March 2024: 400 -> -37.5 %.
    assertThat(value("revenue_yoy", "r1", "month", "2025-03-01")).isCloseTo(-37.5, within(1e-9));
    // Fiscal years from April. FY from 2023-04-01: 100 + 300 = 400; FY from 2024-04-01:
    // 80 + 120 + 200 + 50 = 450 -> +12.5 %; FY from 2025-04-01 so far: 400 + 100 = 500, open, so
    // no growth value (a month of a year against a whole year), numerator 500 against 450.
    assertThat(value("revenue", "tiny", "year", "2023-04-01")).isEqualTo(400.0);
    assertThat(value("revenue_yoy", "tiny", "year", "2024-04-01")).isCloseTo(12.5, within(1e-9));
    Row open = row("revenue_yoy", "tiny", "year", "2025-04-01");
    assertThat(open.<Double>getAs("value")).isNull();
    assertThat(open.<Double>getAs("numerator")).isEqualTo(500.0);
    assertThat(open.<Double>getAs("denominator")).isEqualTo(450.0);
  }

  @Test
  void fiscalQuartersAndCompleteness() {
    // Fiscal Q4 (Jan-Mar 2025): 120 + 200 + 50 = 370, complete; fiscal Q1 (from April): 500, open.
    Row q4 = row("revenue", "tiny", "quarter", "2025-01-01");
    assertThat(q4.<Double>getAs("value")).isEqualTo(370.0);
    assertThat(q4.<Date>getAs("period_end")).isEqualTo(Date.valueOf("2025-03-31"));
    assertThat(q4.<Boolean>getAs("is_complete")).isTrue();
    Row q1 = row("revenue", "tiny", "quarter", "2025-04-01");
    assertThat(q1.<Double>getAs("value")).isEqualTo(500.0);
    assertThat(q1.<Boolean>getAs("is_complete")).isFalse();
    assertThat(value("revenue", "tiny", "quarter", "2024-10-01")).isEqualTo(80.0);
    // The row after the as-of date is ignored: no May 2025.
    assertThat(values).doesNotContainKey(key("revenue", "tiny", "month", "2025-05-01"));
    assertThat(value("revenue", "r2", "month", "2025-04-01")).isEqualTo(100.0);
  }

  @Test
  void distinctCountsStayDistinctAcrossDaysAndLocations() {
    // org March 2025: c1, c3 (c1 once) = 2; FY from 2024-04-01: c5, c1, c3 = 3; r1 FY 2023: c1, c2 = 2.
    assertThat(value("customers", "tiny", "month", "2025-03-01")).isEqualTo(2.0);
    assertThat(value("customers", "tiny", "year", "2024-04-01")).isEqualTo(3.0);
    assertThat(value("customers", "r1", "year", "2023-04-01")).isEqualTo(2.0);
  }

  @Test
  void zeroDenominatorsGiveNoValue() {
    // l3, June 2024: one order of 0 with cost 0. Margin and cost ratio divide by revenue 0.
    Row margin = row("margin", "l3", "month", "2024-06-01");
    assertThat(margin.<Double>getAs("value")).isNull();
    assertThat(margin.<Double>getAs("numerator")).isEqualTo(0.0);
    assertThat(margin.<Double>getAs("denominator")).isEqualTo(0.0);
    assertThat(row("cost_ratio", "r2", "month", "2024-06-01").<Double>getAs("value")).isNull();
    assertThat(value("revenue", "l3", "month", "2024-06-01")).isEqualTo(0.0);
    // big_share: 0 of 1 orders >= 200 -> 0 %, a real value.
    assertThat(value("big_share", "l3", "month", "2024-06-01")).isEqualTo(0.0);
  }

  @Test
  void filteredCountsAndNoDataForLocationsWithoutRows() {
    // org April 2025: orders o5 (400) and o6 (100); revenue >= 200: o5 -> 1 of 2 = 50 %.
    assertThat(value("big_share", "tiny", "month", "2025-04-01")).isCloseTo(50.0, within(1e-9));
    // l3 sold nothing in March 2024: no row at all.
    assertThat(values).doesNotContainKey(key("revenue", "l3", "month", "2024-03-01"));
    assertThat(values.values()).allSatisfy(r -> assertThat(r.<String>getAs("tenant_id")).isEqualTo("tiny"));
  }
}
