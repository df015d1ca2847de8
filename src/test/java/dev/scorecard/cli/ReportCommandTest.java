package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.Warehouse;
import dev.scorecard.testing.TestSpark;
import dev.scorecard.testing.TinyWarehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scorecard report} over the tiny tenant's shared run: the numbers on the pages are the
 * curated rows, and bad input (unknown tenant or month, no scores) says what to do, exit 2.
 */
class ReportCommandTest {
  private static Path warehouse;

  @BeforeAll
  static void run() {
    warehouse = TinyWarehouse.warehouse(Main::execute);
  }

  @Test
  void pagesShowTheCuratedNumbersOfTheLatestCompleteMonth(@TempDir Path out) throws IOException {
    assertThat(report(out, "--tenant", "tiny").code()).isZero();

    Row org = sql("SELECT score, status, period_start FROM delta.`%s/curated/scorecard` WHERE tenant_id = 'tiny' "
        + "AND node_level = 'org' AND period_grain = 'month' AND NOT provisional ORDER BY period_start DESC LIMIT 1");
    String index = Files.readString(out.resolve("index.html"));
    assertThat(index).contains("id=\"overall-score\">" + String.format(Locale.ROOT, "%.1f", org.getDouble(0)) + "<",
        "class=\"overall status-" + org.getString(1) + "\"", "March 2025");
    assertThat(org.getDate(2).toString()).isEqualTo("2025-03-01");

    Row l1 = sql("SELECT score FROM delta.`%s/curated/scorecard` WHERE tenant_id = 'tiny' AND node_id = 'l1' "
        + "AND period_grain = 'month' AND period_start = '2025-03-01'");
    Row revenue = sql("SELECT value, target FROM delta.`%s/curated/kpi_scores` WHERE tenant_id = 'tiny' AND node_id = 'l1' "
        + "AND kpi_id = 'revenue' AND period_grain = 'month' AND period_start = '2025-03-01'");
    String location = Files.readString(out.resolve("location-l1.html"));
    assertThat(location).contains("id=\"overall-score\">" + String.format(Locale.ROOT, "%.1f", l1.getDouble(0)) + "<",
        "data-kpi=\"revenue\"><td><a href=\"#trend-revenue\">Revenue</a></td><td class=\"num\">" + euros(revenue.getDouble(0))
            + "</td><td class=\"num\">" + euros(revenue.getDouble(1)) + "</td>");
    assertThat(index).contains("href=\"location-l1.html\"", "href=\"region-r1.html\"");
    assertThat(out.resolve("echarts.min.js")).exists();
  }

  /**
   * With verdicts in strategy_links (here written over the tiny run's own, which is too small to
   * judge, in a copy of the warehouse), arrows carry them and suggestions are dashed.
   */
  @Test
  void strategyMapArrowsCarryTheVerdictsOfStrategyLinks(@TempDir Path copy, @TempDir Path out) throws IOException {
    try (Stream<Path> files = Files.walk(warehouse)) {
      for (Path f : files.toList()) {
        Path to = copy.resolve(warehouse.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    SparkSession spark = TestSpark.session();
    Warehouse w = new Warehouse(spark, copy.toString());
    String path = w.curatedPath(CuratedTables.STRATEGY_LINKS);
    StructType schema = spark.read().format("delta").load(path).schema();
    List<Row> rows = List.of(link(schema, "reach", "grow", true, "supported", 0.71), link(schema, "margin", "reach", false, "weak", 0.33));
    spark.createDataFrame(rows, schema).write().format("delta").mode("overwrite").save(path);

    assertThat(run(out, copy.toString(), "--tenant", "tiny").code()).isZero();
    assertThat(Files.readString(out.resolve("index.html"))).contains(
        "<g class=\"link verdict-supported\" data-link=\"reach>grow\">", "supported · r 0.71",
        "<g class=\"link verdict-suggested dashed\" data-link=\"margin>reach\">", "Suggested by the data");
  }

  private static Row link(StructType schema, String from, String to, boolean configured, String verdict, double r) {
    Map<String, Object> values = Map.of("tenant_id", "tiny", "from_id", from, "to_id", to, "period_grain", "month",
        "configured", configured, "verdict", verdict, "correlation", r, "lag_periods", 1, "n", 12L);
    Map<String, Object> stamped = new HashMap<>(values);
    stamped.put("run_id", "test-run");
    stamped.put("computed_at", new Timestamp(0));
    return RowFactory.create(Arrays.stream(schema.fieldNames()).map(stamped::get).toArray());
  }

  @Test
  void periodPicksAMonth(@TempDir Path out) throws IOException {
    assertThat(report(out, "--tenant", "tiny", "--period", "2025-01-01").code()).isZero();
    assertThat(Files.readString(out.resolve("index.html"))).contains("January 2025");
  }

  @Test
  void unknownTenantSaysWhichConfigIsMissing(@TempDir Path out) {
    Printed r = report(out, "--tenant", "nope");
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_CONFIG);
    assertThat(r.err()).contains("no config for tenant 'nope'");
    assertThat(out.resolve("index.html")).doesNotExist();
  }

  @Test
  void unknownPeriodListsTheMonthsThereAre(@TempDir Path out) {
    Printed r = report(out, "--tenant", "tiny", "--period", "2020-01-01");
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_CONFIG);
    assertThat(r.err()).contains("No scores of tenant tiny for the month starting 2020-01-01: --period takes the first day "
        + "of a scored month (YYYY-MM-01), from ");
  }

  @Test
  void emptyWarehouseSaysRunFirst(@TempDir Path out, @TempDir Path empty) {
    Printed r = run(out, empty.toString(), "--tenant", "tiny");
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_CONFIG);
    assertThat(r.err()).contains("No monthly scores for tenant tiny in the warehouse " + empty + ": run `scorecard run --tenant tiny`");
  }

  /** Euros as the report writes them: from 1,000 (or whole from 100) without decimals, else one decimal from 100, two below. */
  private static String euros(double value) {
    double abs = Math.abs(value);
    String pattern = abs >= 1000 || abs >= 100 && value == Math.rint(value) ? "€%,.0f" : abs >= 100 ? "€%,.1f" : "€%,.2f";
    return String.format(Locale.ROOT, pattern, value);
  }

  private static Printed report(Path out, String... args) {
    return run(out, warehouse.toString(), args);
  }

  private static Printed run(Path out, String wh, String... args) {
    String[] common = {"report", "--conf", TinyWarehouse.conf().toString(), "--warehouse", wh, "--out", out.toString(),
        "--master", "local[2]"};
    String[] all = new String[common.length + args.length];
    System.arraycopy(common, 0, all, 0, common.length);
    System.arraycopy(args, 0, all, common.length, args.length);
    return Printed.run(all);
  }

  private static Row sql(String query) {
    return TestSpark.session().sql(String.format(query, warehouse)).first();
  }
}
