package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scorecard.testing.TenantFixture;
import dev.scorecard.testing.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chain whose exports are as real tools write them ({@code src/test/resources/chain}): headers
 * with spaces and capitals that differ in case from the config ({@code created at} for
 * {@code Created At}), store codes ({@code S01}, {@code s01}, {@code " S01 "}) and an id in upper
 * case ({@code BER-02}), a quoted amount with a thousands separator, JSON fields in another case.
 * It runs end to end with no edit to the files.
 *
 * <p>Expected values by hand from the two files. Net sales (decimal, summed exactly): January
 * ber-01 = O1 100.10 + O2 50.20 = 150.30, ber-02 = O3 30.30 + O4 19.70 = 50.00, north = org =
 * 200.30; February ber-01 = O6 0.10, ber-02 = O8 1.01, muc-01 = O5 200.00 + O9 1,234.56 = 1434.56,
 * north = 1.11, org = 1435.67; Q1 (to date) ber-01 150.40, ber-02 51.01, north 201.41, org
 * 1635.97. O7's store S09 is no code and no id: quarantined. Average ticket February muc-01 =
 * 1434.56 / 2 = 717.28, org = 1435.67 / 4 = 358.9175. Promoter share (NPS >= 9) January:
 * ber-01 1 of 2 = 50, ber-02 (r3, fields in lower and upper case) 1 of 1 = 100, org 2 of 3.
 */
class RealExportsTest {
  @TempDir static Path conf;
  @TempDir static Path landing;
  @TempDir static Path warehouse;
  static int exit;

  @BeforeAll
  static void run() throws IOException {
    TenantFixture.write(conf, "chain", TenantFixture.resource("/chain/chain.yaml"));
    Path from = Path.of("src/test/resources/chain/landing");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = landing.resolve(from.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
    }
    exit = Main.execute("run", "--conf", conf.toString(), "--landing", landing.toString(), "--warehouse",
        warehouse.toString(), "--as-of", "2025-03-01", "--tenant", "chain");
  }

  @Test
  void runsWithNoEditToTheFiles() {
    assertThat(exit).isEqualTo(ExitCodes.OK);
    assertThat(rows("ingest_audit", "file, rows_read, rows_valid, rows_quarantined, rows_warned"))
        .containsExactly("[orders/2025-02.csv,9,8,1,8]", "[orders/2025-03.csv,10,0,10,0]",
            "[surveys/2025-02.jsonl,4,4,0,0]");
    assertThat(rows("ingest_audit", "file, status")).containsExactly("[orders/2025-02.csv,ingested]",
        "[orders/2025-03.csv,rejected]", "[surveys/2025-02.jsonl,ingested]");
  }

  /**
   * orders/2025-03.csv stops mid-record (O19, no line break at the end): rejected whole, every
   * line in quarantine, nothing published. Its 10 bad rows would put the source over its
   * max_bad_ratio 0.5 (11 of 19), but a file rejected whole does not count against it, so the
   * tenant's complete files publish (exit 0 above).
   */
  @Test
  void aCutOffFileIsRejectedWholeWithoutStoppingTheTenant() {
    String reason = "file is incomplete (its last record (line 11) has 2 fields where the header has 6); nothing of "
        + "it is published until it is delivered whole";
    List<String> expected = new java.util.ArrayList<>();
    for (int line = 2; line <= 11; line++) {
      expected.add("[" + line + "," + reason + "]");
    }
    assertThat(table("quarantine").where("file = 'orders/2025-03.csv'").orderBy("line").select("line", "reason")
        .collectAsList().stream().map(Row::toString).toList()).containsExactlyElementsOf(expected);
    assertThat(table("quarantine").where("file = 'orders/2025-03.csv' AND line = 11").select("raw_record").first()
        .getString(0)).isEqualTo("O19,2025-03-1");
    assertThat(table("kpi_values").where("period_start >= DATE'2025-03-01' AND period_grain = 'month'").count()).isZero();
  }

  @Test
  void netSalesAddUpToTheCent() {
    assertThat(value("net_sales", "month", "2025-01-01", "ber-01")).isEqualTo(150.30);
    assertThat(value("net_sales", "month", "2025-01-01", "ber-02")).isEqualTo(50.00);
    assertThat(value("net_sales", "month", "2025-01-01", "chain")).isEqualTo(200.30);
    assertThat(value("net_sales", "month", "2025-02-01", "ber-01")).isEqualTo(0.10);
    assertThat(value("net_sales", "month", "2025-02-01", "ber-02")).isEqualTo(1.01);
    assertThat(value("net_sales", "month", "2025-02-01", "muc-01")).isEqualTo(1434.56);
    assertThat(value("net_sales", "month", "2025-02-01", "north")).isEqualTo(1.11);
    assertThat(value("net_sales", "month", "2025-02-01", "chain")).isEqualTo(1435.67);
    assertThat(value("net_sales", "quarter", "2025-01-01", "ber-01")).isEqualTo(150.40);
    assertThat(value("net_sales", "quarter", "2025-01-01", "north")).isEqualTo(201.41);
    assertThat(value("net_sales", "quarter", "2025-01-01", "chain")).isEqualTo(1635.97);
  }

  @Test
  void ratiosOfMappedStores() {
    assertThat(value("avg_ticket", "month", "2025-02-01", "muc-01")).isCloseTo(717.28, within(1e-9));
    assertThat(value("avg_ticket", "month", "2025-02-01", "chain")).isCloseTo(358.9175, within(1e-9));
    assertThat(value("promoter_share", "month", "2025-01-01", "ber-01")).isCloseTo(50.0, within(1e-9));
    assertThat(value("promoter_share", "month", "2025-01-01", "ber-02")).isCloseTo(100.0, within(1e-9));
    assertThat(value("promoter_share", "month", "2025-01-01", "chain")).isCloseTo(200.0 / 3, within(1e-9));
  }

  @Test
  void anUnknownCodeIsQuarantinedWithAHint() {
    assertThat(table("quarantine").where("file = 'orders/2025-02.csv'").selectExpr("file", "line", "reason")
        .collectAsList().stream().map(Row::toString).toList()).containsExactly("[orders/2025-02.csv,8,unknown location "
        + "'S09' (not in the tenant's hierarchy; map export codes to location ids with the source's location_codes)]");
  }

  private static double value(String kpi, String grain, String period, String node) {
    List<Row> found = table("kpi_values").where("kpi_id = '" + kpi + "' AND period_grain = '" + grain
        + "' AND period_start = DATE'" + period + "' AND node_id = '" + node + "'").select("value").collectAsList();
    assertThat(found).as("%s %s %s %s", kpi, grain, period, node).hasSize(1);
    return found.get(0).getDouble(0);
  }

  private static List<String> rows(String table, String columns) {
    return table(table).selectExpr(columns.split(",\\s*")).collectAsList().stream().map(Row::toString).sorted().toList();
  }

  private static Dataset<Row> table(String name) {
    return TestSpark.session().read().format("delta").load(warehouse.resolve("curated").resolve(name).toString())
        .where("tenant_id = 'chain'");
  }
}
