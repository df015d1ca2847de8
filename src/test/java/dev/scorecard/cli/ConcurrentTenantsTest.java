package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.testing.TenantFixture;
import dev.scorecard.testing.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs for different tenants (tiny, and its twin tiny-two with the same exports) started at
 * the same moment into one warehouse: both write every table side by side, each its own partition,
 * and both must succeed with the same numbers a run of one tenant gives (288 KPI values, the
 * audit of its two files), with no row under the other's id.
 */
class ConcurrentTenantsTest {
  @TempDir Path conf;
  @TempDir Path landing;
  @TempDir Path warehouse;

  @Test
  void twoTenantsRunAtOnceIntoOneWarehouse() throws Exception {
    String tiny = TenantFixture.resource("/tiny/tiny.yaml");
    TenantFixture.write(conf, "tiny", tiny);
    TenantFixture.write(conf, "tiny-two", tiny.replace("tenant_id: tiny\n", "tenant_id: tiny-two\n"));
    for (String tenant : List.of("tiny", "tiny-two")) {
      Path sales = Files.createDirectories(landing.resolve(tenant).resolve("sales"));
      for (String year : List.of("2024.csv", "2025.csv")) {
        Files.copy(Path.of("src/test/resources/tiny/landing/tiny/sales", year), sales.resolve(year));
      }
    }
    CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> run("tiny"));
    CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> run("tiny-two"));

    assertThat(List.of(one.get(), two.get())).containsExactly(ExitCodes.OK, ExitCodes.OK);
    for (String tenant : List.of("tiny", "tiny-two")) {
      assertThat(count("kpi_values", tenant)).isEqualTo(288);
      assertThat(rows("ingest_audit", tenant, "file", "rows_read", "rows_valid"))
          .containsExactly("[sales/2024.csv,3,3]", "[sales/2025.csv,11,6]");
      assertThat(count("forecasts", tenant)).isPositive();
    }
    assertThat(rows("nodes", "tiny-two", "node_id")).contains("[tiny-two]").doesNotContain("[tiny]");
  }

  private int run(String tenant) {
    return Main.execute("run", "--conf", conf.toString(), "--landing", landing.toString(), "--warehouse",
        warehouse.toString(), "--as-of", "2025-04-30", "--tenant", tenant);
  }

  private long count(String table, String tenant) {
    return TestSpark.session().read().format("delta").load(warehouse.resolve("curated").resolve(table).toString())
        .where("tenant_id = '" + tenant + "'").count();
  }

  private List<String> rows(String table, String tenant, String... columns) {
    return TestSpark.session().read().format("delta").load(warehouse.resolve("curated").resolve(table).toString())
        .where("tenant_id = '" + tenant + "'").selectExpr(columns).collectAsList().stream().map(Row::toString)
        .sorted().toList();
  }
}
