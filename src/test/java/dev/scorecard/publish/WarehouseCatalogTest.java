package dev.scorecard.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scorecard.cli.Main;
import dev.scorecard.testing.TestSpark;
import dev.scorecard.testing.TinyWarehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warehouse as a catalog, in the shared session under a name of its own: tables by name with
 * no path, what the folder holds listed, nothing else, nothing written through it.
 */
class WarehouseCatalogTest {
  private static final String CATALOG = "wh_catalog_test";

  private static SparkSession pointedAt(Path warehouse) {
    SparkSession spark = TestSpark.session();
    spark.conf().set("spark.sql.catalog." + CATALOG, WarehouseCatalog.class.getName());
    spark.conf().set("spark.sql.catalog." + CATALOG + ".warehouse", warehouse.toString());
    return spark;
  }

  @Test
  void aCuratedTableIsReadByNameWithoutItsPath() {
    SparkSession spark = pointedAt(TinyWarehouse.warehouse(Main::execute));
    // Revenue of March 2024 in the tiny landing (sales/2024.csv): o1 at l1 100, o2 at l2 300; both in r1.
    List<String> rows = spark.sql("SELECT node_id, value FROM " + CATALOG + ".kpi_values WHERE kpi_id = 'revenue'"
        + " AND period_grain = 'month' AND period_start = DATE'2024-03-01' ORDER BY node_id").collectAsList()
        .stream().map(Row::toString).toList();
    assertThat(rows).containsExactly("[l1,100.0]", "[l2,300.0]", "[r1,400.0]", "[tiny,400.0]");
  }

  @Test
  void theCatalogListsTheCuratedTablesTheWarehouseHolds() throws IOException {
    Path warehouse = TinyWarehouse.warehouse(Main::execute);
    List<String> folders;
    try (Stream<Path> tables = Files.list(warehouse.resolve("curated"))) {
      folders = tables.map(p -> p.getFileName().toString()).sorted().toList();
    }
    List<String> listed = pointedAt(warehouse).sql("SHOW TABLES IN " + CATALOG).collectAsList().stream()
        .map(r -> r.<String>getAs("tableName")).sorted().toList();
    assertThat(listed).isEqualTo(folders).contains("kpi_scores", "scorecard", "forecasts");
  }

  @Test
  void anEmptyWarehouseHasNoTablesAndAnUnknownNameIsNotFound(@TempDir Path empty) {
    SparkSession spark = pointedAt(empty);
    assertThat(spark.sql("SHOW TABLES IN " + CATALOG).collectAsList()).isEmpty();
    assertThatThrownBy(() -> spark.sql("SELECT * FROM " + CATALOG + ".kpi_scores").collectAsList())
        .hasMessageContaining("TABLE_OR_VIEW_NOT_FOUND").hasMessageContaining("kpi_scores");
  }

  @Test
  void nothingIsDroppedThroughTheCatalog() {
    SparkSession spark = pointedAt(TinyWarehouse.warehouse(Main::execute));
    assertThatThrownBy(() -> spark.sql("DROP TABLE " + CATALOG + ".kpis")).hasMessageContaining("read-only");
    assertThat(spark.sql("SELECT count(*) FROM " + CATALOG + ".kpis").first().getLong(0)).isPositive();
  }

  @Test
  void aCatalogWithoutItsWarehouseSaysWhichSettingToGive() {
    SparkSession spark = TestSpark.session();
    spark.conf().set("spark.sql.catalog.wh_without_folder", WarehouseCatalog.class.getName());
    assertThatThrownBy(() -> spark.sql("SHOW TABLES IN wh_without_folder").collectAsList())
        .hasStackTraceContaining("spark.sql.catalog.wh_without_folder.warehouse is not set");
  }
}
