package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scorecard.testing.ChildJvm;
import dev.scorecard.testing.TestSpark;
import dev.scorecard.testing.TinyWarehouse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code scorecard serve} as an analyst's tool meets it: the server in a JVM of its own on
 * loopback, clients through the Spark Connect JVM client ({@code sc://}), no paths anywhere. The
 * README's analyst queries, asked by two clients at once, give the rows Spark reads from the
 * Delta tables' paths.
 */
class ServeCommandTest {
  private static Process server;
  private static String url;
  private static Path warehouse;
  private static final List<String> serverLines = new ArrayList<>();

  /** The README's first questions, on the tiny tenant; %s is a table's name as the reader reaches it. */
  private static final List<Function<Function<String, String>, String>> QUERIES = List.of(
      t -> """
          SELECT s.tenant_id, s.period_start, round(s.score, 1) AS score, s.status
          FROM %s s
          WHERE s.node_level = 'org' AND s.period_grain = 'quarter'
            AND s.period_start = (SELECT max(period_start) FROM %s v
                                  WHERE v.tenant_id = s.tenant_id AND v.period_grain = 'quarter' AND v.is_complete)
          """.formatted(t.apply("scorecard"), t.apply("kpi_values")),
      t -> """
          SELECT p.node_id, n.node_name, round(p.score, 1) AS score, p.status
          FROM %s p JOIN %s n USING (tenant_id, node_level, node_id)
          WHERE p.tenant_id = 'tiny' AND p.node_level = 'location' AND p.period_grain = 'month'
          ORDER BY p.period_start DESC, p.perspective_id, p.node_id LIMIT 5
          """.formatted(t.apply("perspective_scores"), t.apply("nodes")),
      t -> """
          SELECT period_start, round(value, 2) AS value, target, round(score, 1) AS score, status
          FROM %s
          WHERE tenant_id = 'tiny' AND kpi_id = 'revenue' AND node_id = 'l1' AND period_grain = 'month'
          ORDER BY period_start
          """.formatted(t.apply("kpi_scores")));

  @BeforeAll
  static void startServer() throws Exception {
    warehouse = TinyWarehouse.warehouse(Main::execute);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    server = new ProcessBuilder(ChildJvm.command(Main.class, List.of(), "serve", "--warehouse", warehouse.toString(),
        "--port", Integer.toString(port), "--master", "local[2]")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
      serverLines.add(line);
      if (line.startsWith("Serving")) {
        break;
      }
    }
    assertThat(serverLines).as("the server's first lines").anyMatch(l -> l.startsWith("Serving"));
    url = "sc://127.0.0.1:" + port;
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    if (server != null) {
      server.destroy(); // SIGTERM, as a service manager stops it
      assertThat(server.waitFor(1, TimeUnit.MINUTES)).as("the server stops on SIGTERM").isTrue();
    }
  }

  private static List<String> rows(List<Row> rows) {
    return rows.stream().map(Row::toString).toList();
  }

  /** What Spark reads from the tables' Delta paths in this JVM: the truth the server must give. */
  private static List<String> direct(Function<Function<String, String>, String> query) {
    String sql = query.apply(t -> "delta.`" + warehouse.resolve("curated").resolve(t) + "`");
    return rows(TestSpark.session().sql(sql).collectAsList());
  }

  private static List<List<String>> askAll(String prefix) {
    try (var client = org.apache.spark.sql.connect.SparkSession.builder().remote(url).create()) {
      List<List<String>> answers = new ArrayList<>();
      for (var query : QUERIES) {
        answers.add(rows(client.sql(query.apply(t -> prefix + t)).collectAsList()));
      }
      return answers;
    }
  }

  @Test
  void theServerSaysWhereItListensAndHowManyTablesItServes() {
    assertThat(serverLines.get(serverLines.size() - 1)).matches(
        "Serving 1[0-9] tables of .* at sc://127\\.0\\.0\\.1:[0-9]+ \\(catalog scorecard: .*\\)\\. Stop with Ctrl-C\\.");
  }

  @Test
  void twoClientsAtOnceGetTheRowsOfTheDeltaTables() throws Exception {
    List<List<String>> expected = QUERIES.stream().map(ServeCommandTest::direct).toList();
    // Revenue at l1 by month, from the tiny landing by hand: March 2024 o1 = 100, December o8 = 80,
    // January 2025 o9 = 120, March 2025 o3 + o4 = 200 + 50 = 250.
    assertThat(expected.get(2)).map(r -> r.substring(0, r.indexOf(',', 12))).containsExactly(
        "[2024-03-01,100.0", "[2024-12-01,80.0", "[2025-01-01,120.0", "[2025-03-01,250.0");
    assertThat(expected.get(0)).hasSize(1);
    assertThat(expected.get(1)).hasSize(5);
    ExecutorService clients = Executors.newFixedThreadPool(2);
    try {
      Future<List<List<String>>> first = clients.submit(() -> askAll("scorecard."));
      Future<List<List<String>>> second = clients.submit(() -> askAll("scorecard."));
      assertThat(first.get(3, TimeUnit.MINUTES)).isEqualTo(expected);
      assertThat(second.get(3, TimeUnit.MINUTES)).isEqualTo(expected);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void aClientThatUsesTheCatalogNamesTablesWithoutItAndSeesThemListed() {
    try (var client = org.apache.spark.sql.connect.SparkSession.builder().remote(url).create()) {
      client.sql("USE scorecard");
      assertThat(rows(client.sql(QUERIES.get(2).apply(t -> t)).collectAsList())).isEqualTo(direct(QUERIES.get(2)));
      assertThat(client.sql("SHOW TABLES").collectAsList().stream().map(r -> r.<String>getAs("tableName")))
          .contains("kpi_values", "kpi_scores", "scorecard", "forecasts", "alerts");
    }
  }

  @Test
  void anUnknownTableAndAWriteAreRefusedWithTheirReason() {
    try (var client = org.apache.spark.sql.connect.SparkSession.builder().remote(url).create()) {
      assertThatThrownBy(() -> client.sql("SELECT * FROM scorecard.kpi_valeus").collectAsList())
          .hasMessageContaining("TABLE_OR_VIEW_NOT_FOUND").hasMessageContaining("kpi_valeus");
      assertThatThrownBy(() -> client.sql("DROP TABLE scorecard.kpis").collectAsList()).hasMessageContaining("read-only");
    }
  }

  @Test
  void aPortOutOfRangeIsBadArguments() {
    assertThat(Main.execute("serve", "--port", "70000")).isEqualTo(ExitCodes.BAD_CONFIG);
  }
}
