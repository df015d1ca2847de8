package dev.scorecard.testing;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import com.holdenkarau.spark.testing.SparkSessionProvider;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * DataFrame equality from spark-testing-base, used from JUnit 5: it is handed the shared session
 * instead of starting its own.
 */
public final class DataFrames {
  private DataFrames() {}

  /** Fails unless both frames hold the same rows (in any order) with the same schema. */
  public static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual) {
    SparkSessionProvider._sparkSession_$eq(TestSpark.session());
    new JavaDataFrameSuiteBase().assertDataFrameNoOrderEquals(expected, actual);
  }

  /**
   * Fails unless both frames hold the same rows, matched by {@code keys}, with doubles equal to
   * within {@code tolerance} (sums over the same rows may add up in another order).
   */
  public static void assertSameRowsByKey(Dataset<Row> expected, Dataset<Row> actual, java.util.List<String> keys,
      double tolerance) {
    org.assertj.core.api.Assertions.assertThat(actual.schema()).isEqualTo(expected.schema());
    java.util.Map<String, Row> byKey = new java.util.TreeMap<>();
    for (Row row : actual.collectAsList()) {
      byKey.put(key(row, keys), row);
    }
    java.util.List<Row> expectedRows = expected.collectAsList();
    org.assertj.core.api.Assertions.assertThat(byKey.keySet())
        .containsExactlyInAnyOrderElementsOf(expectedRows.stream().map(r -> key(r, keys)).toList());
    for (Row want : expectedRows) {
      Row got = byKey.get(key(want, keys));
      for (int i = 0; i < want.length(); i++) {
        Object w = want.get(i);
        Object g = got.get(i);
        String where = key(want, keys) + " column " + want.schema().fields()[i].name();
        if (w instanceof Double d && g instanceof Double e) {
          org.assertj.core.api.Assertions.assertThat(e).as(where)
              .isCloseTo(d, org.assertj.core.api.Assertions.within(tolerance * Math.max(1, Math.abs(d))));
        } else {
          org.assertj.core.api.Assertions.assertThat(g).as(where).isEqualTo(w);
        }
      }
    }
  }

  private static String key(Row row, java.util.List<String> keys) {
    return keys.stream().map(k -> String.valueOf(row.<Object>getAs(k))).collect(java.util.stream.Collectors.joining("|"));
  }

  /** A frame's rows copied into a new local frame, so they survive an overwrite of the table they came from. */
  public static Dataset<Row> snapshot(Dataset<Row> frame) {
    return TestSpark.session().createDataFrame(frame.collectAsList(), frame.schema());
  }
}
