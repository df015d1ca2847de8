package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scorecard.publish.CuratedTables;
import dev.scorecard.testing.DataFrames;
import dev.scorecard.testing.TenantFixture;
import dev.scorecard.testing.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nights of the tiny tenant as exports arrive in real life, run incrementally into one
 * warehouse, and the last night also with {@code --full} into a fresh one: both must hold the same
 * curated tables. All runs are as of 2025-04-30.
 *
 * <ol>
 *   <li>Night 1: {@code sales/2024.csv} and {@code sales/2025.csv} of the tiny landing.
 *   <li>Night 2: {@code sales/late.csv} re-delivers order o1 (2024-03-15, l1) with revenue 150
 *       instead of 100, and brings late order o10 (2024-05-10, l2, revenue 70);
 *       {@code sales/copy.csv} repeats the bytes of 2024.csv under another name.
 *   <li>Night 3: {@code sales/2024.csv} is corrected (same path, new content): o1 is gone, o2's
 *       revenue is 310 instead of 300, and o8 moves from 2024-12-20 to 2024-11-20; copy.csv is gone.
 *   <li>Night 4: nothing arrives, but the {@code kpi_scores} table was deleted: scoring rebuilds
 *       all of it rather than only the periods pending.
 * </ol>
 */
class IncrementalRunTest {
  private static final String TINY_2024 = "order_id,day,location_id,customer,revenue,cost\n"
      + "o1,2024-03-15,l1,c1,100,60\no2,2024-03-20,l2,c2,300,150\no8,2024-12-20,l1,c5,80,40\n";
  private static final Instant NIGHT_1 = Instant.parse("2025-04-01T02:00:00Z");
  @TempDir static Path conf;
  @TempDir static Path landing;
  @TempDir static Path incremental;
  @TempDir static Path full;
  private static List<Row> auditAfterNight2;
  private static List<Row> marchAfterNight2;

  @BeforeAll
  static void threeNights() throws IOException {
    TenantFixture.write(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml"));
    Path sales = Files.createDirectories(landing.resolve("tiny/sales"));
    deliver(sales.resolve("2024.csv"), TINY_2024, NIGHT_1);
    deliver(sales.resolve("2025.csv"), Files.readString(Path.of("src/test/resources/tiny/landing/tiny/sales/2025.csv")),
        NIGHT_1);
    assertThat(run(incremental)).isEqualTo(ExitCodes.OK);

    deliver(sales.resolve("late.csv"), "order_id,day,location_id,customer,revenue,cost\n"
        + "o1,2024-03-15,l1,c1,150,60\no10,2024-05-10,l2,c2,70,30\n", NIGHT_1.plusSeconds(86_400));
    deliver(sales.resolve("copy.csv"), TINY_2024, NIGHT_1.plusSeconds(86_400));
    assertThat(run(incremental)).isEqualTo(ExitCodes.OK);
    auditAfterNight2 = table(incremental, "ingest_audit", "true", "file", "status", "rows_read", "rows_valid",
        "rows_superseded", "duplicate_of");
    marchAfterNight2 = table(incremental, "kpi_values",
        "kpi_id = 'revenue' AND period_grain = 'month' AND period_start = '2024-03-01'", "node_id", "value");

    deliver(sales.resolve("2024.csv"), "order_id,day,location_id,customer,revenue,cost\n"
        + "o2,2024-03-20,l2,c2,310,150\no8,2024-11-20,l1,c5,80,40\n", NIGHT_1.plusSeconds(2 * 86_400));
    Files.delete(sales.resolve("copy.csv"));
    assertThat(run(incremental)).isEqualTo(ExitCodes.OK);

    // Night 4: nothing new, but kpi_scores was lost; the score stage must rebuild every period.
    try (var files = Files.walk(incremental.resolve("curated/kpi_scores"))) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
    assertThat(run(incremental)).isEqualTo(ExitCodes.OK);
    assertThat(run(full, "--full")).isEqualTo(ExitCodes.OK);
  }

  private static void deliver(Path file, String content, Instant at) throws IOException {
    Files.writeString(file, content);
    Files.setLastModifiedTime(file, FileTime.from(at));
  }

  private static int run(Path warehouse, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "--conf", conf.toString(), "--landing",
        landing.toString(), "--warehouse", warehouse.toString(), "--as-of", "2025-04-30"));
    args.addAll(List.of(extra));
    return Main.execute(args.toArray(String[]::new));
  }

  private static List<Row> table(Path warehouse, String name, String where, String... columns) {
    return TestSpark.session().read().format("delta").load(warehouse.resolve("curated").resolve(name).toString())
        .where(where).selectExpr(columns).orderBy(columns[0]).collectAsList();
  }

  /*
   * Night 2: copy.csv is not read (its content was ingested as 2024.csv) but recorded as its
   * duplicate; o1 in 2024.csv is superseded by late.csv.
   */
  @Test
  void aReDeliveredKeyTakesTheLatestDeliveryAndTheAuditCountsTheSuperseded() {
    assertThat(auditAfterNight2.stream().map(Row::toString)).containsExactly(
        "[sales/2024.csv,ingested,3,3,1,null]", "[sales/2025.csv,ingested,11,6,0,null]",
        "[sales/copy.csv,duplicate,0,0,0,sales/2024.csv]", "[sales/late.csv,ingested,2,2,0,null]");
    // March 2024 revenue: l1 = o1 = 150 (was 100), l2 = o2 = 300, r1 = 450, org = 450.
    assertThat(marchAfterNight2.stream().map(Row::toString)).containsExactly(
        "[l1,150.0]", "[l2,300.0]", "[r1,450.0]", "[tiny,450.0]");
  }

  /* Night 3: the corrected 2024.csv replaces its own earlier rows; o1 now lives only in late.csv. */
  @Test
  void aCorrectionReplacesTheFilesEarlierRows() {
    // copy.csv's row stays although the file is gone: it was recorded once, when it was seen.
    assertThat(table(incremental, "ingest_audit", "true", "file", "status", "rows_read", "rows_valid", "rows_superseded")
        .stream().map(Row::toString)).containsExactly(
        "[sales/2024.csv,corrected,2,2,0]", "[sales/2025.csv,ingested,11,6,0]", "[sales/copy.csv,duplicate,0,0,0]",
        "[sales/late.csv,ingested,2,2,0]");
    // l2 March 2024: 310; l1 keeps o1 = 150 from late.csv.
    assertThat(table(incremental, "kpi_values", "kpi_id = 'revenue' AND period_grain = 'month' "
        + "AND period_start = '2024-03-01' AND node_level = 'location'", "node_id", "value")
        .stream().map(Row::toString)).containsExactly("[l1,150.0]", "[l2,310.0]");
    // o8 moved from December to November 2024: December has no rows left at all, November has 80.
    assertThat(table(incremental, "kpi_values", "period_grain = 'month' AND period_start = '2024-12-01'", "kpi_id"))
        .isEmpty();
    assertThat(table(incremental, "kpi_values", "kpi_id = 'revenue' AND node_id = 'l1' AND period_grain = 'month' "
        + "AND period_start = '2024-11-01'", "value").get(0).getDouble(0)).isCloseTo(80.0, within(1e-9));
  }

  /* Late data: o10 (May 2024, l2, 70) lands in May, fiscal Q1 2024 (Apr-Jun) and fiscal year 2024 (Apr 2024 - Mar 2025). */
  @Test
  void lateDataRecomputesItsMonthQuarterAndYear() {
    assertThat(table(incremental, "kpi_values", "kpi_id = 'revenue' AND node_id = 'l2' AND period_start = '2024-04-01'"
        + " OR kpi_id = 'revenue' AND node_id = 'l2' AND period_start = '2024-05-01'", "period_grain", "value")
        .stream().map(Row::toString)).containsExactlyInAnyOrder("[month,70.0]", "[quarter,70.0]", "[year,70.0]");
  }

  /** Tables that record what happened on each night, which one full run cannot have seen. */
  private static final List<CuratedTables> HISTORY = List.of(CuratedTables.ALERTS, CuratedTables.ALERT_DELIVERIES,
      CuratedTables.FORECAST_SNAPSHOTS);

  @Test
  void incrementalNightsGiveTheSameTablesAsOneFullRun() {
    for (CuratedTables table : CuratedTables.values()) {
      if (!Files.exists(full.resolve("curated").resolve(table.tableName())) || HISTORY.contains(table)) {
        continue; // alerts keep each night's history (AlertHistoryTest, TenantAlertsTest)
      }
      // The audit's history differs by design: a full run reads every file present as new, while the
      // nights saw 2024.csv corrected and copy.csv come and go as a duplicate.
      List<String> history = List.of("run_id", "computed_at", "ingested_at", "status", "duplicate_of", "reason");
      List<String> columns = java.util.Arrays.stream(table.schema().fieldNames()).filter(c -> !history.contains(c))
          .toList();
      String present = table == CuratedTables.INGEST_AUDIT ? "status IS DISTINCT FROM 'duplicate'" : "true";
      // KPI values to the last digit (sums are exact decimals); scores and forecasts to 1e-9.
      double tolerance = table == CuratedTables.KPI_VALUES ? 0 : 1e-9;
      DataFrames.assertSameRowsByKey(read(full, table, "true", columns), read(incremental, table, present, columns),
          table.keys(), tolerance);
    }
  }

  private static Dataset<Row> read(Path warehouse, CuratedTables table, String where, List<String> columns) {
    return TestSpark.session().read().format("delta").load(warehouse.resolve("curated").resolve(table.tableName())
        .toString()).where(where).selectExpr(columns.toArray(String[]::new));
  }
}
