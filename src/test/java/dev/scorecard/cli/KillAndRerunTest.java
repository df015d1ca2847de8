package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.publish.CuratedTables;
import dev.scorecard.testing.ChildJvm;
import dev.scorecard.testing.DataFrames;
import dev.scorecard.testing.TestSpark;
import dev.scorecard.testing.TinyWarehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code scorecard run} in its own JVM is killed with SIGKILL (kill -9) the moment its first
 * silver table is committed, in the middle of ingest: silver is written, the audit that marks its
 * files as done is not. Running again must give exactly the tables of a run never interrupted (the
 * shared tiny run, {@link TinyWarehouse}).
 */
class KillAndRerunTest {
  @TempDir Path killed;

  @Test
  void aRunKilledInTheMiddleAndRunAgainEqualsAnUninterruptedRun() throws Exception {
    Path uninterrupted = TinyWarehouse.warehouse(Main::execute);
    assertThat(TinyWarehouse.exitCode()).isEqualTo(ExitCodes.OK);
    Process process = new ProcessBuilder(command(killed)).redirectErrorStream(true)
        .redirectOutput(killed.resolve("run.log").toFile()).start();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (!silverCommitted(killed.resolve("silver")) && process.isAlive() && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    assertThat(process.isAlive()).as("the run is still going when its silver table appears").isTrue();
    process.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no cleanup
    assertThat(TestSpark.session().read().format("delta").load(killed.resolve("curated/kpi_values").toString()).count())
        .as("killed before the KPIs").isZero();

    assertThat(Main.execute(TinyWarehouse.args(killed))).isEqualTo(ExitCodes.OK);
    // A data-quality alert is an event of the day its file was ingested: that day is its since, and
    // so part of its id. Alerts are therefore also matched by what they are about, without id, since
    // and the texts that quote the day, and deliveries by their counts; by id only when both runs
    // ingested on the same day (midnight may fall between the shared run and this one).
    boolean sameDay = ingestDay(uninterrupted).equals(ingestDay(killed));
    List<CuratedTables> byDay = List.of(CuratedTables.ALERTS, CuratedTables.ALERT_DELIVERIES);
    // Wall-clock stamps of each run: when it ran, ingested, opened or resolved an alert.
    List<String> stamps = List.of("run_id", "computed_at", "ingested_at", "opened_at", "resolved_at");
    for (CuratedTables table : CuratedTables.values()) {
      if (Files.exists(uninterrupted.resolve("curated").resolve(table.tableName())) && (sameDay || !byDay.contains(table))) {
        List<String> columns = Arrays.stream(table.schema().fieldNames()).filter(c -> !stamps.contains(c)).toList();
        DataFrames.assertSameRowsByKey(read(uninterrupted, table, columns), read(killed, table, columns), table.keys(),
            1e-9);
      }
    }
    List<String> dayless = List.of("alert_id", "since", "message", "query");
    List<String> about = Arrays.stream(CuratedTables.ALERTS.schema().fieldNames())
        .filter(c -> !stamps.contains(c) && !dayless.contains(c)).toList();
    assertThat(read(uninterrupted, CuratedTables.ALERTS, about).count()).as("alerts to compare").isPositive();
    DataFrames.assertSameRowsByKey(read(uninterrupted, CuratedTables.ALERTS, about),
        read(killed, CuratedTables.ALERTS, about),
        List.of("tenant_id", "kind", "subject_type", "subject_id", "node_level", "node_id", "period_grain"), 1e-9);
    if (Files.exists(uninterrupted.resolve("curated/alert_deliveries"))) {
      List<String> counted = List.of("tenant_id", "channel", "transition", "status", "attempts");
      DataFrames.assertSameRows(read(uninterrupted, CuratedTables.ALERT_DELIVERIES, counted).groupBy("tenant_id",
          "channel", "transition", "status", "attempts").count(), read(killed, CuratedTables.ALERT_DELIVERIES, counted)
          .groupBy("tenant_id", "channel", "transition", "status", "attempts").count());
    }
  }

  private static String ingestDay(Path warehouse) {
    return TestSpark.session().read().format("delta").load(warehouse.resolve("curated/ingest_audit").toString())
        .selectExpr("string(to_date(max(ingested_at)))").first().getString(0);
  }

  /** Whether the sales source's silver table (silver/sales-<digest>) has its first commit. */
  private static boolean silverCommitted(Path silver) throws java.io.IOException {
    if (!Files.isDirectory(silver)) {
      return false;
    }
    try (var tables = Files.list(silver)) {
      for (Path table : tables.filter(t -> t.getFileName().toString().startsWith("sales-")).toList()) {
        if (committed(table.resolve("_delta_log"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean committed(Path log) throws java.io.IOException {
    if (!Files.isDirectory(log)) {
      return false;
    }
    try (var files = Files.list(log)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
    }
  }

  private List<String> command(Path warehouse) {
    return ChildJvm.command(Main.class, List.of(), TinyWarehouse.args(warehouse));
  }

  private static Dataset<Row> read(Path warehouse, CuratedTables table, List<String> columns) {
    return TestSpark.session().read().format("delta").load(warehouse.resolve("curated").resolve(table.tableName())
        .toString()).selectExpr(columns.toArray(String[]::new));
  }
}
