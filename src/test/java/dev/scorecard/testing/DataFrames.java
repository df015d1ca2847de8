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

  /** A frame's rows copied into a new local frame, so they survive an overwrite of the table they came from. */
  public static Dataset<Row> snapshot(Dataset<Row> frame) {
    return TestSpark.session().createDataFrame(frame.collectAsList(), frame.schema());
  }
}
