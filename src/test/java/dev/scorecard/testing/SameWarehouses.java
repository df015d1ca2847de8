package dev.scorecard.testing;

import dev.scorecard.publish.CuratedTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Compares every curated table of two warehouses made from the same landing and as-of date
 * (.ci/cluster-run.sh: a cluster run against a local one): the same keys, equal values, doubles
 * to 1e-9 relative. Columns that say when and by which run a row was written differ by design and
 * are left out. Prints one line per table; exits 1 at the first difference, naming it.
 *
 * <p>Usage: {@code SameWarehouses <expected warehouse> <actual warehouse>}
 */
public final class SameWarehouses {
  private SameWarehouses() {}

  public static void main(String[] args) {
    Path expected = Path.of(args[0]);
    Path actual = Path.of(args[1]);
    SparkSession spark = TestSpark.session();
    int compared = 0;
    for (CuratedTables table : CuratedTables.values()) {
      Path want = expected.resolve("curated").resolve(table.tableName());
      Path got = actual.resolve("curated").resolve(table.tableName());
      if (!Files.exists(want)) {
        if (Files.exists(got)) {
          fail(table + ": only in " + actual);
        }
        continue;
      }
      if (!Files.exists(got)) {
        fail(table + ": missing from " + actual);
      }
      List<String> columns = Arrays.stream(table.schema().fields()).filter(SameWarehouses::content)
          .map(StructField::name).toList();
      Dataset<Row> a = spark.read().format("delta").load(want.toString()).selectExpr(columns.toArray(String[]::new));
      Dataset<Row> b = spark.read().format("delta").load(got.toString()).selectExpr(columns.toArray(String[]::new));
      try {
        DataFrames.assertSameRowsByKey(a, b, table.keys(), 1e-9);
      } catch (AssertionError e) {
        fail(table.tableName() + " differs: " + e.getMessage());
      }
      System.out.printf("%-20s %8d rows, same%n", table.tableName(), a.count());
      compared++;
    }
    System.out.println(compared + " tables the same");
    spark.stop();
  }

  /** Whether a column holds what a run computed, rather than when or by which run. */
  private static boolean content(StructField field) {
    return !field.dataType().equals(DataTypes.TimestampType) && !field.name().endsWith("run_id");
  }

  private static void fail(String message) {
    System.out.println("DIFFERENT " + message);
    System.exit(1);
  }
}
