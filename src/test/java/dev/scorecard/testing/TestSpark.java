package dev.scorecard.testing;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of the whole test run: local[2], two shuffle partitions, UI off, Delta on.
 * Every Spark test calls {@link #session()}; the JVM's exit stops it.
 */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder().master("local[2]").appName("scorecard-tests")
          .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
          .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.databricks.delta.snapshotPartitions", "1")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.sql.legacy.timeParserPolicy", "CORRECTED")
          .config("spark.sql.ansi.enabled", "false")
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }
}
