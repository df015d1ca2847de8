package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scorecard.publish.CuratedTables;
import dev.scorecard.testing.DataFrames;
import dev.scorecard.testing.Golden;
import dev.scorecard.testing.TenantFixture;
import dev.scorecard.testing.TestSpark;
import dev.scorecard.testing.TinyWarehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end on the tiny tenant's hand-made exports
 * ({@code src/test/resources/tiny/landing}): 14 rows in two files, 5 of them bad in known ways.
 */
class RunCommandTest {
  private static final String LANDING = TinyWarehouse.LANDING;
  private static Path conf;
  private static Path warehouse;
  private static SparkSession spark;
  private static int firstRun;

  @BeforeAll
  static void run() {
    spark = TestSpark.session();
    warehouse = TinyWarehouse.warehouse(Main::execute);
    conf = TinyWarehouse.conf();
    firstRun = TinyWarehouse.exitCode();
  }


  private static List<Row> table(String name, String where, String... columns) {
    return spark.read().format("delta").load(warehouse.resolve("curated").resolve(name).toString())
        .where(where).selectExpr(columns).collectAsList();
  }

  @Test
  void everyRowIsAccountedForInTheAudit() {
    assertThat(firstRun).isEqualTo(ExitCodes.OK);
    List<Row> audit = table("ingest_audit", "true", "file", "rows_read", "rows_valid", "rows_quarantined");
    assertThat(audit.stream().map(Row::toString).sorted().toList())
        .containsExactly("[sales/2024.csv,3,3,0]", "[sales/2025.csv,11,6,5]");
  }

  @Test
  void badRowsAreQuarantinedWithTheirReasons() {
    List<String> rows = table("quarantine", "true", "line", "reason").stream()
        .sorted(java.util.Comparator.comparingLong(r -> r.getLong(0)))
        .map(r -> r.getLong(0) + ": " + r.getString(1)).toList();
    assertThat(rows).containsExactly(
        "8: day: '2025-13-45' is not a valid date (expected YYYY-MM-DD)",
        "9: unknown location 'zz' (not in the tenant's hierarchy; map export codes to location ids with the "
            + "source's location_codes)",
        "10: revenue: '12abc' is not a valid double",
        "11: duplicate business key o3 within the file (first at line 3)",
        "12: order_id: is required but empty");
    assertThat(table("quarantine", "line = 9", "raw_record").get(0).getString(0)).isEqualTo("b2,2025-03-12,zz,c1,10,5");
  }

  @Test
  void publishedKpisAndScoresMatchHandComputedValues() {
    // The same rows as KpiStageTest: r1's March 2024 margin is the ratio of sums, 47.5.
    assertThat(table("kpi_values", "kpi_id = 'margin' AND node_id = 'r1' AND period_grain = 'month' AND period_start = '2024-03-01'",
        "value").get(0).getDouble(0)).isCloseTo(47.5, within(1e-9));
    // l1 March 2025 revenue 250 against its node target 300 over 100: 75.
    assertThat(table("kpi_scores", "kpi_id = 'revenue' AND node_id = 'l1' AND period_grain = 'month' AND period_start = '2025-03-01'",
        "score").get(0).getDouble(0)).isCloseTo(75.0, within(1e-9));
    assertThat(table("nodes", "true", "node_id").stream().map(r -> r.getString(0)).sorted().toList())
        .containsExactly("l1", "l2", "l3", "r1", "r2", "tiny");
    assertThat(table("kpis", "kpi_id = 'cost_ratio'", "direction", "perspective_id").get(0).toString())
        .isEqualTo("[lower_is_better,financial]");
  }

  private static Dataset<Row> content(String name) {
    return spark.read().format("delta").load(warehouse.resolve("curated").resolve(name).toString())
        .drop("run_id", "computed_at");
  }

  @Test
  void aSecondRunReplacesRatherThanAdds() {
    long before = table("kpi_scores", "true", "kpi_id").size();
    Dataset<Row> scoresBefore = DataFrames.snapshot(content("kpi_scores"));
    Dataset<Row> scorecardBefore = DataFrames.snapshot(content("scorecard"));
    String valuesBefore = table("kpi_values", "true", "kpi_id", "node_id", "period_grain", "period_start", "value").stream()
        .map(Row::toString).sorted().collect(Collectors.joining("\n"));
    int again = Main.execute("run", "--no-summary", "--conf", conf.toString(), "--landing", LANDING, "--warehouse",
        warehouse.toString(), "--as-of", "2025-04-30");
    assertThat(again).isEqualTo(ExitCodes.OK);
    assertThat(table("kpi_scores", "true", "kpi_id")).hasSize((int) before);
    assertThat(table("ingest_audit", "true", "file")).hasSize(2);
    assertThat(table("kpi_values", "true", "kpi_id", "node_id", "period_grain", "period_start", "value").stream()
        .map(Row::toString).sorted().collect(Collectors.joining("\n"))).isEqualTo(valuesBefore);
    DataFrames.assertSameRows(scoresBefore, content("kpi_scores"));
    DataFrames.assertSameRows(scorecardBefore, content("scorecard"));
  }

  @Test
  void everyTableIsWrittenWithItsGoldenSchema() {
    for (CuratedTables table : CuratedTables.values()) {
      Path path = warehouse.resolve("curated").resolve(table.tableName());
      assertThat(Files.exists(path)).as("%s was written", table.tableName()).isTrue();
      Golden.assertMatches(table.tableName() + ".schema",
          Golden.render(spark.read().format("delta").load(path.toString()).schema()));
    }
  }

  @Test
  void expressionsSparkCannotUseExitTwoBeforeAnythingIsWritten(@TempDir Path badConf, @TempDir Path badWarehouse) {
    String yaml = TenantFixture.resource("/tiny/tiny.yaml")
        .replace("filter: \"revenue >= 200\"", "filter: \"revenu >= 200\"")
        .replace("numerator: revenue - cost,", "numerator: revenue -,")
        .replace("cost: { source: sales, agg: sum, expr: cost }", "cost: { source: sales, agg: sum, expr: \"sum(cost)\" }");
    assertThat(yaml).contains("revenu >= 200").contains("numerator: revenue -,").contains("expr: \"sum(cost)\"");
    TenantFixture.write(badConf, "tiny", yaml);
    int code = Main.execute("run", "--conf", badConf.toString(), "--landing", LANDING, "--warehouse", badWarehouse.toString(),
        "--as-of", "2025-04-30");
    assertThat(code).isEqualTo(ExitCodes.BAD_CONFIG);
    assertThat(Files.exists(badWarehouse.resolve("silver"))).isFalse();
    assertThat(Files.exists(badWarehouse.resolve("curated"))).isFalse();
  }

  @Test
  void dataOverToleranceExitsThreeAndPublishesNothing(@TempDir Path otherConf, @TempDir Path otherWarehouse) {
    String strict = TenantFixture.resource("/tiny/tiny.yaml").replace("max_bad_ratio: 0.5", "max_bad_ratio: 0.1");
    assertThat(strict).contains("max_bad_ratio: 0.1");
    TenantFixture.write(otherConf, "tiny", strict);
    Printed run = Printed.run("run", "--conf", otherConf.toString(), "--landing", LANDING, "--warehouse",
        otherWarehouse.toString(), "--as-of", "2025-04-30");
    assertThat(run.code()).isEqualTo(ExitCodes.DATA_REJECTED);
    // Which tenant, which source, how far over, and why: 5 of the 14 rows of 2024.csv and 2025.csv.
    assertThat(run.err())
        .contains("tenant tiny: input rejected over its tolerance (exit 3)")
        .contains("tenant tiny, source sales: 5 of 14 rows quarantined (35.7%), over max_bad_ratio 10.0%; most common:")
        .contains("nothing new was published for tenant tiny");
    assertThat(Files.exists(otherWarehouse.resolve("curated"))).isFalse();
    assertThat(Files.exists(otherWarehouse.resolve("silver"))).isFalse();
  }

  @Test
  void badConfigExitsTwoBeforeSparkWork(@TempDir Path badConf, @TempDir Path badWarehouse) {
    TenantFixture.write(badConf, "tiny", TenantFixture.resource("/tiny/tiny.yaml").replace("objective: grow,", "objective: nope,"));
    assertThat(Main.execute("validate", "--conf", badConf.toString())).isEqualTo(ExitCodes.BAD_CONFIG);
    assertThat(Main.execute("run", "--conf", badConf.toString(), "--warehouse", badWarehouse.toString()))
        .isEqualTo(ExitCodes.BAD_CONFIG);
    assertThat(Files.exists(badWarehouse.resolve("curated"))).isFalse();
    assertThat(Main.execute("validate", "--conf", conf.toString())).isEqualTo(ExitCodes.OK);
    assertThat(Main.execute("run", "--no-such-option")).isEqualTo(ExitCodes.BAD_CONFIG);
  }
}
