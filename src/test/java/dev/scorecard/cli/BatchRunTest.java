package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.testing.DeltaVersions;
import dev.scorecard.testing.TenantFixture;
import dev.scorecard.testing.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four tenants in one batch, each with the tiny tenant's two exports (14 rows, 5 bad): {@code tiny}
 * and {@code twin} are sound and share one silver table; {@code broken} names an objective that
 * does not exist (config rejected, exit 2); {@code strict} tolerates 10% bad rows and has 5 of 11
 * in 2025.csv (input rejected, exit 3). The run publishes the sound two and exits with the worst
 * code, 2. The same run again finds nothing new and commits nothing to any table.
 */
class BatchRunTest {
  @TempDir static Path conf;
  @TempDir static Path landing;
  @TempDir static Path warehouse;
  private static int first;
  private static int second;
  private static String secondOutput;
  private static Map<String, Long> versionsBefore;
  private static Map<String, Long> versionsAfter;

  @BeforeAll
  static void runTwice() throws IOException {
    String tiny = TenantFixture.resource("/tiny/tiny.yaml");
    TenantFixture.write(conf, "tiny", tiny);
    TenantFixture.write(conf, "twin", tiny.replace("tenant_id: tiny\n", "tenant_id: twin\n"));
    String broken = tiny.replace("tenant_id: tiny\n", "tenant_id: broken\n").replace("objective: grow,", "objective: nope,");
    String strict = tiny.replace("tenant_id: tiny\n", "tenant_id: strict\n").replace("max_bad_ratio: 0.5", "max_bad_ratio: 0.1");
    assertThat(broken).contains("objective: nope,");
    assertThat(strict).contains("max_bad_ratio: 0.1");
    TenantFixture.write(conf, "broken", broken);
    TenantFixture.write(conf, "strict", strict);
    for (String tenant : List.of("tiny", "twin", "broken", "strict")) {
      Path sales = Files.createDirectories(landing.resolve(tenant).resolve("sales"));
      for (String year : List.of("2024.csv", "2025.csv")) {
        Files.copy(Path.of("src/test/resources/tiny/landing/tiny/sales", year), sales.resolve(year));
      }
    }
    first = run().code();
    versionsBefore = DeltaVersions.of(warehouse);
    Printed again = run();
    second = again.code();
    secondOutput = again.out();
    versionsAfter = DeltaVersions.of(warehouse);
  }

  private static Printed run() {
    return Printed.run("run", "--conf", conf.toString(), "--landing", landing.toString(), "--warehouse",
        warehouse.toString(), "--as-of", "2025-04-30", "--master", "local[2]");
  }

  private static List<String> tenantsIn(String table) {
    return TestSpark.session().read().format("delta").load(warehouse.resolve("curated").resolve(table).toString())
        .select("tenant_id").distinct().collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
  }

  @Test
  void theSoundTenantsPublishAndTheExitCodeIsTheWorst() {
    assertThat(first).isEqualTo(ExitCodes.BAD_CONFIG);
    for (String table : List.of("kpi_values", "kpi_scores", "scorecard", "forecasts", "ingest_audit", "quarantine", "nodes")) {
      assertThat(tenantsIn(table)).as(table).containsExactly("tiny", "twin");
    }
    // Both sound tenants have the tiny tenant's 288 KPI values, equal value for value (the org's
    // node id is its tenant id).
    assertThat(values("tiny")).hasSize(288).containsExactlyInAnyOrderElementsOf(values("twin"));
  }

  private static List<Row> values(String tenant) {
    return TestSpark.session().read().format("delta").load(warehouse.resolve("curated/kpi_values").toString())
        .where("tenant_id = '" + tenant + "'").selectExpr("kpi_id", "node_level",
            "CASE WHEN node_level = 'org' THEN 'org' ELSE node_id END", "period_grain", "period_start", "value").collectAsList();
  }

  @Test
  void tenantsWithTheSameExportLayoutShareOneSilverTable() throws IOException {
    try (var tables = Files.list(warehouse.resolve("silver"))) {
      List<Path> sales = tables.filter(t -> t.getFileName().toString().startsWith("sales-")).toList();
      assertThat(sales).hasSize(1);
      assertThat(TestSpark.session().read().format("delta").load(sales.get(0).toString()).groupBy("tenant_id").count()
          .collectAsList()).extracting(Row::toString).containsExactlyInAnyOrder("[tiny,9]", "[twin,9]");
    }
  }

  @Test
  void aNightWithNothingNewCommitsNothingAndSaysSo() {
    assertThat(second).isEqualTo(ExitCodes.BAD_CONFIG);
    assertThat(versionsBefore).isNotEmpty().containsKeys("curated/kpi_values", "state/tenant_stages");
    assertThat(versionsAfter).isEqualTo(versionsBefore);
    assertThat(secondOutput).contains("nothing new: no table was written")
        .contains("up to date, nothing to do: tiny, twin");
  }
}
