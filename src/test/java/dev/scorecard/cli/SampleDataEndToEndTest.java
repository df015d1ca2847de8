package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scorecard.testing.TestSpark;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline over the shipped sample ({@code conf/}, {@code sample-data/landing}) as of
 * 2026-10-15. The expected figures were computed independently of this code base, by a plain
 * Python script reading the raw exports and the YAML (see the comment at each figure); the rest
 * are invariants that must hold for any data.
 */
class SampleDataEndToEndTest {
  @TempDir static Path warehouse;
  private static SparkSession spark;
  private static int exitCode;

  @BeforeAll
  static void run() {
    spark = TestSpark.session();
    exitCode = Main.execute("run", "--conf", "conf", "--landing", "sample-data/landing", "--warehouse",
        warehouse.toString(), "--as-of", "2026-10-15");
  }

  private static Dataset<Row> table(String name) {
    return spark.read().format("delta").load(warehouse.resolve("curated").resolve(name).toString());
  }

  private static Row one(String table, String where, String... columns) {
    List<Row> rows = table(table).where(where).selectExpr(columns).collectAsList();
    assertThat(rows).as("%s where %s", table, where).hasSize(1);
    return rows.get(0);
  }

  private static double kpi(String kpi, String node, String grain, String start) {
    return one("kpi_values", String.format("kpi_id = '%s' AND node_id = '%s' AND period_grain = '%s' AND period_start = '%s'",
        kpi, node, grain, start), "value").getDouble(0);
  }

  @Test
  void runSucceedsForBothTenants() {
    assertThat(exitCode).isEqualTo(ExitCodes.OK);
    assertThat(table("scorecard").select("tenant_id").distinct().collectAsList())
        .extracting(r -> r.getString(0)).containsExactlyInAnyOrder("brewhaus", "fjord-shop");
  }

  @Test
  void everyRowOfEveryFileIsAccountedFor() {
    assertThat(table("ingest_audit").where("rows_read <> rows_valid + rows_quarantined").count()).isZero();
    // Data rows per export, counted by the independent script (every row is valid; none is quarantined).
    // brewhaus's energy_waste stops after 2026-09-20 (the sample's built-in trouble): 24 x (1096 - 41) rows.
    List<String> perSource = table("ingest_audit").groupBy("tenant_id", "source")
        .agg(org.apache.spark.sql.functions.sum("rows_read"), org.apache.spark.sql.functions.sum("rows_valid"))
        .collectAsList().stream().map(r -> r.getString(0) + "/" + r.getString(1) + " " + r.getLong(2) + " " + r.getLong(3))
        .sorted().toList();
    assertThat(perSource).containsExactly(
        "brewhaus/energy_waste 25320 25320", "brewhaus/loyalty_events 175694 175694",
        "brewhaus/operations 26304 26304", "brewhaus/pos_daily 78912 78912", "brewhaus/surveys 50855 50855",
        "brewhaus/workforce 26304 26304", "fjord-shop/energy_waste 1096 1096", "fjord-shop/orders 63959 63959",
        "fjord-shop/surveys 3812 3812", "fjord-shop/web_analytics 1096 1096", "fjord-shop/workforce 1096 1096");
    assertThat(table("quarantine").count()).isZero();
  }

  @Test
  void keysAreUnique() {
    for (String[] t : new String[][] {
        {"kpi_values", "tenant_id, kpi_id, node_level, node_id, period_grain, period_start"},
        {"kpi_scores", "tenant_id, kpi_id, node_level, node_id, period_grain, period_start"},
        {"objective_scores", "tenant_id, objective_id, node_level, node_id, period_grain, period_start"},
        {"scorecard", "tenant_id, node_level, node_id, period_grain, period_start"}}) {
      Dataset<Row> rows = table(t[0]);
      assertThat(rows.selectExpr(t[1].split(", ")).distinct().count()).as(t[0]).isEqualTo(rows.count());
    }
  }

  @Test
  void regionRatiosAreRatiosOfTheirLocationsSums() {
    // gross_margin's numerator and denominator are sums, so a region's parts are the sums of its
    // locations' parts; compared here by a second aggregation path (locations joined to nodes).
    List<Row> mismatches = spark.sql(String.format("""
        SELECT r.node_id, r.period_start, r.numerator, sum(l.numerator) AS num, r.denominator, sum(l.denominator) AS den
        FROM delta.`%1$s` r
        JOIN delta.`%2$s` n ON n.tenant_id = r.tenant_id AND n.parent_node_id = r.node_id AND n.node_level = 'location'
        JOIN delta.`%1$s` l ON l.tenant_id = r.tenant_id AND l.node_id = n.node_id AND l.kpi_id = r.kpi_id
          AND l.period_grain = r.period_grain AND l.period_start = r.period_start
        WHERE r.tenant_id = 'brewhaus' AND r.kpi_id = 'gross_margin' AND r.node_level = 'region'
        GROUP BY r.node_id, r.period_start, r.numerator, r.denominator, r.period_grain
        HAVING abs(r.numerator - sum(l.numerator)) > 1e-6 * abs(r.numerator) OR abs(r.denominator - sum(l.denominator)) > 1e-6 * r.denominator
        """, warehouse.resolve("curated/kpi_values"), warehouse.resolve("curated/nodes"))).collectAsList();
    assertThat(mismatches).isEmpty();
  }

  @Test
  void peersAreRankedOneToN() {
    List<Row> bad = table("scorecard").where("score IS NOT NULL")
        .groupBy("tenant_id", "node_level", "parent_node_id", "period_grain", "period_start")
        .agg(org.apache.spark.sql.functions.max("rank_in_peers").as("worst"),
            org.apache.spark.sql.functions.max("peer_count").as("n"),
            org.apache.spark.sql.functions.count("*").as("rows"),
            org.apache.spark.sql.functions.max("percentile").as("best"))
        .where("n <> rows OR worst > n OR best <> 100").collectAsList();
    assertThat(bad).isEmpty();
  }

  @Test
  void wholeScoreIsTheWeightedMeanOfPerspectives() {
    // brewhaus perspective weights: financial 30, customer 25, internal_process 20, learning_growth 15, sustainability 10.
    Row org = one("scorecard", "tenant_id = 'brewhaus' AND node_level = 'org' AND period_grain = 'quarter' AND period_start = '2026-04-01'", "score");
    List<Row> perspectives = table("perspective_scores")
        .where("tenant_id = 'brewhaus' AND node_level = 'org' AND period_grain = 'quarter' AND period_start = '2026-04-01' AND score IS NOT NULL")
        .selectExpr("score", "weight").collectAsList();
    double weighted = perspectives.stream().mapToDouble(r -> r.getDouble(0) * r.getDouble(1)).sum();
    double weights = perspectives.stream().mapToDouble(r -> r.getDouble(1)).sum();
    assertThat(perspectives).hasSize(5);
    assertThat(weights).isEqualTo(100.0);
    assertThat(org.getDouble(0)).isCloseTo(weighted / weights, within(1e-9));
  }

  @Test
  void everyCompleteSeriesIsForecastAfterItsLastCompletePeriod() {
    // brewhaus: 14 KPIs at 28 nodes, month (3 ahead), quarter (2) and year (1); sales_growth_yoy
    // has values from its second year only but is still forecast.
    Dataset<Row> brewhaus = table("forecasts").where("tenant_id = 'brewhaus'");
    assertThat(brewhaus.select("kpi_id", "node_id", "period_grain").distinct().count()).isEqualTo(14 * 28 * 3);
    assertThat(brewhaus.where("period_grain = 'month'").select("period_start").distinct().collectAsList())
        .extracting(r -> r.getDate(0).toString()).containsExactlyInAnyOrder("2026-10-01", "2026-11-01", "2026-12-01");
    assertThat(brewhaus.where("NOT (lower_95 <= lower_80 AND lower_80 <= forecast AND forecast <= upper_80 "
        + "AND upper_80 <= upper_95) OR prob_meet_target < 0 OR prob_meet_target > 1").count()).isZero();
    assertThat(brewhaus.where("target IS NOT NULL AND prob_meet_target IS NULL").count()).isZero();
  }

  @Test
  void theOpenPeriodIsMarkedIncomplete() {
    assertThat(one("kpi_values", "tenant_id = 'brewhaus' AND kpi_id = 'net_sales' AND node_id = 'brewhaus' AND period_grain = 'month' AND period_start = '2026-10-01'",
        "is_complete", "period_end").toString()).isEqualTo("[false,2026-10-31]");
    assertThat(one("kpi_values", "tenant_id = 'brewhaus' AND kpi_id = 'net_sales' AND node_id = 'brewhaus' AND period_grain = 'month' AND period_start = '2026-09-01'",
        "is_complete").getBoolean(0)).isTrue();
    assertThat(table("kpi_values").where("period_start > '2026-10-15'").count()).isZero();
  }

  @Test
  void kpiValuesMatchTheIndependentComputation() {
    // Sums of pos_daily.net_sales over all locations: fiscal Q1 FY2026 (Apr-Jun 2026) and Sep 2026,
    // to the cent: sums add decimals, so no digit of rounding error is left. September includes
    // north's drift (2% a week from 2026-08-01); before it, 2153981.56.
    assertThat(kpi("net_sales", "brewhaus", "quarter", "2026-04-01")).isEqualTo(6345334.61);
    assertThat(kpi("net_sales", "brewhaus", "month", "2026-09-01")).isEqualTo(2068815.87);
    // North, May 2026: 100 * (697944.45 - 229323.60) / 697944.45 (the mean of its locations' ratios would be 67.114).
    assertThat(kpi("gross_margin", "north", "month", "2026-05-01")).isCloseTo(67.14300113712488, within(1e-9));
    // ham-01, Sep 2026: 17 promoters, 11 detractors, 56 responses.
    assertThat(kpi("nps", "ham-01", "month", "2026-09-01")).isCloseTo(10.714285714285714, within(1e-9));
    // Distinct visiting customers, all locations, Jul-Sep 2026.
    assertThat(kpi("active_members", "brewhaus", "quarter", "2026-07-01")).isEqualTo(8041.0);
    // South, fiscal year from 2025-04-01: 955952 on time of 1136561 served.
    assertThat(kpi("on_time_rate", "south", "year", "2025-04-01")).isCloseTo(84.1091679197157, within(1e-9));
    // Sep 2026 against Sep 2025: 100 * (2068815.87 - 1934211.09) / 1934211.09.
    assertThat(kpi("sales_growth_yoy", "brewhaus", "month", "2026-09-01")).isCloseTo(6.9591566657804655, within(1e-9));
    // fjord-shop, Jun 2026: 1665 orders / 82298 sessions.
    assertThat(kpi("conversion_rate", "fjord-shop", "month", "2026-06-01")).isCloseTo(2.023135434639967, within(1e-9));
    // October 2026 is open: the 24 locations have values from their first 15 days (1 to 15 October).
    assertThat(table("kpi_values").where("tenant_id = 'brewhaus' AND kpi_id = 'net_sales' AND node_level = 'location' "
        + "AND period_grain = 'month' AND period_start = '2026-10-01' AND NOT is_complete").count()).isEqualTo(24);
    assertThat(kpi("net_sales", "brewhaus", "month", "2026-10-01")).isCloseTo(1060084.42, within(1e-3));
  }

  @Test
  void scoresMatchTheIndependentComputation() {
    // ham-01 (north, drifting) Sep 2026 net sales 109443.93 against the location target 84000 over 50000:
    // still capped at 100, green.
    assertThat(one("kpi_scores", "kpi_id = 'net_sales' AND node_id = 'ham-01' AND period_grain = 'month' AND period_start = '2026-09-01'",
        "target", "baseline", "score", "status").toString()).isEqualTo("[84000.0,50000.0,100.0,green]");
    // ham-01 Sep 2026 NPS 10.714 against 24 over -18: 100 * 28.714 / 42 = 68.37, red.
    Row nps = one("kpi_scores", "kpi_id = 'nps' AND node_id = 'ham-01' AND period_grain = 'month' AND period_start = '2026-09-01'",
        "target", "baseline", "score", "status");
    assertThat(nps.getDouble(0)).isEqualTo(24.0);
    assertThat(nps.getDouble(1)).isEqualTo(-18.0);
    assertThat(nps.getDouble(2)).isCloseTo(68.36734693877551, within(1e-9));
    assertThat(nps.getString(3)).isEqualTo("red");
    // The org's fiscal Q1 FY2026 net sales 6345334.61 against the org quarter target 6.35M over 5.35M
    // (calibrated on Nov 2023 - Jul 2026): 100 * 995334.61 / 1000000 = 99.533461, green.
    Row org = one("kpi_scores", "kpi_id = 'net_sales' AND node_id = 'brewhaus' AND period_grain = 'quarter' AND period_start = '2026-04-01'",
        "target", "score", "status");
    assertThat(org.getDouble(0)).isEqualTo(6350000.0);
    assertThat(org.getDouble(1)).isCloseTo(99.533461, within(1e-6));
    assertThat(org.getString(2)).isEqualTo("green");
  }

  @Test
  void theSamplesBuiltInTroubleScoresRed() {
    // north, Sep 2026: 606263.32 net sales (2% a week less from 2026-08-01) against the region
    // target 690000 over 550000: 100 * 56263.32 / 140000 = 40.188, red.
    Row north = one("kpi_scores", "kpi_id = 'net_sales' AND node_id = 'north' AND period_grain = 'month' AND period_start = '2026-09-01'",
        "value", "score", "status");
    assertThat(north.getDouble(0)).isEqualTo(606263.32);
    assertThat(north.getDouble(1)).isCloseTo(40.18808571428571, within(1e-6));
    assertThat(north.getString(2)).isEqualTo("red");
    // muc-02, Sep 2026 (ratings 2 points lower from 2026-08-10): 5 promoters, 25 detractors, 59 answers:
    // NPS -33.898, below the baseline -18, so 0, red.
    Row muc = one("kpi_scores", "kpi_id = 'nps' AND node_id = 'muc-02' AND period_grain = 'month' AND period_start = '2026-09-01'",
        "value", "score", "status");
    assertThat(muc.getDouble(0)).isCloseTo(-33.898305084745765, within(1e-9));
    assertThat(muc.getDouble(1)).isZero();
    assertThat(muc.getString(2)).isEqualTo("red");
  }

  @Test
  void theSamplesBuiltInTroubleRaisesItsAlerts() {
    // energy_waste's last day is 2026-09-20: by 2026-10-15 25 days without data against 3 x its
    // daily gap, over twice that: critical. No other source is silent.
    Row stale = one("alerts", "kind = 'stale_source'", "tenant_id", "subject_id", "value", "target", "since", "severity",
        "state");
    assertThat(stale.toString()).isEqualTo("[brewhaus,energy_waste,25.0,3.0,2026-09-20,critical,opened]");
    // muc-02's NPS (weight 2 of 3 in Delight customers) scores 0 in September: the objective is at most
    // (2 x 0 + 100) / 3 = 33.3, red and under half the amber threshold (35); in August NPS scored 7,
    // at most (14 + 100) / 3 = 38: red since August. NPS is what pulled it down.
    Row delight = one("alerts", "kind = 'status' AND subject_id = 'delight_customers' AND node_id = 'muc-02'",
        "period_start", "since", "severity", "drivers", "message");
    assertThat(delight.get(0).toString()).isEqualTo("2026-09-01");
    assertThat(delight.get(1).toString()).isEqualTo("2026-08-01");
    assertThat(delight.getString(2)).isEqualTo("critical");
    assertThat(delight.getString(3)).contains("nps (", "csat (");
    assertThat(delight.getString(4)).startsWith("objective Delight customers is red at ").contains("month 2026-09-01");
    // north's net sales (weight 2 of 3 in Grow revenue) score 40.188 in September: Grow revenue is at
    // most (2 x 40.188 + 100) / 3 = 60.1, red, at the region.
    List<Row> north = table("alerts").where("kind = 'status' AND subject_id = 'grow_revenue' AND node_id = 'north'")
        .selectExpr("period_start", "status").collectAsList();
    assertThat(north).extracting(Row::toString).containsExactly("[2026-09-01,red]");
    assertThat(table("alerts").where("state <> 'resolved' AND tenant_id = 'brewhaus'").count()).isBetween(1L, 150L);
  }
  /**
   * The generator builds in training and turnover -> next month's service, downtime -> same-day
   * service, service -> next month's satisfaction -> complaints at once and demand one and two
   * months on (generate/CausalModel). Expected values recomputed apart with pandas and scipy over
   * the run's kpi_values (months through September 2026), method as in docs/strategy-map.md.
   */
  @Test
  void strategyLinksRecoverTheLagsTheGeneratorBuiltIn() {
    List<Row> rows = table("strategy_links").where("tenant_id = 'brewhaus'").orderBy("from_id", "to_id")
        .selectExpr("from_id", "to_id", "verdict", "cause_kpi_id", "effect_kpi_id", "lag_periods", "correlation", "n",
            "configured").collectAsList();
    assertThat(rows).extracting(r -> String.format(java.util.Locale.ROOT, "%s %s %s %s %s %d %.6f %d %s", r.get(0),
        r.get(1), r.get(2), r.get(3), r.get(4), r.<Integer>getAs("lag_periods"), r.<Double>getAs("correlation"),
        r.<Long>getAs("n"), r.get(8))).containsExactly(
        "build_loyalty grow_revenue supported complaints_per_1k net_sales 2 0.530280 792 true",
        "cut_energy improve_margin weak kwh_per_1k_sales gross_margin 0 0.185406 840 true",
        "delight_customers build_loyalty supported nps complaints_per_1k 0 0.435868 840 true",
        "delight_customers grow_revenue supported nps net_sales 1 0.448370 816 true",
        "develop_skills serve_fast supported training_pct on_time_rate 1 0.737411 816 true",
        "reliable_equipment serve_fast supported downtime_per_day avg_wait_min 0 0.432310 840 true",
        "retain_staff serve_fast supported staff_turnover avg_wait_min 1 0.381098 816 true",
        "serve_fast delight_customers supported on_time_rate nps 1 0.681962 816 true");
    // A single-site shop cannot show a within-location pattern across locations: no verdict, no guess.
    assertThat(table("strategy_links").where("tenant_id = 'fjord-shop'").select("verdict").distinct()
        .collectAsList()).extracting(r -> r.getString(0)).containsExactly("insufficient_data");
  }
}
