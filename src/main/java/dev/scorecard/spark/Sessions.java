package dev.scorecard.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession the engine runs in: Delta enabled, UI off, logging at WARN, shuffle and
 * Delta snapshot partitions sized for scorecard data (small after the first aggregation), the
 * CORRECTED time parser so one bad date never aborts a run, and ANSI mode off so a zero
 * denominator in an owner's expression gives null. Under spark-submit the master given
 * there wins over {@code --master}.
 */
public final class Sessions {
  public static final String SHUFFLE_PARTITIONS_DEFAULT = "8";

  private Sessions() {}

  public static SparkSession create(String master, String appName) {
    SparkSession.Builder builder = SparkSession.builder().appName(appName)
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", SHUFFLE_PARTITIONS_DEFAULT)
        .config("spark.sql.adaptive.enabled", "true")
        .config("spark.databricks.delta.snapshotPartitions", "2")
        .config("spark.sql.legacy.timeParserPolicy", "CORRECTED")
        // Owners' expressions divide by counts that can be zero for a node and period: that is
        // "no value" (null), as documented, not an error that stops the tenant.
        .config("spark.sql.ansi.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.databricks.delta.schema.autoMerge.enabled", "false");
    if (System.getProperty("spark.master") == null) {
      builder = builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
