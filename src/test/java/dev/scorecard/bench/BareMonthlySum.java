package dev.scorecard.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The floor the nightly pipeline is measured against: the least Spark work that answers one
 * scorecard question, monthly net sales per location, from the same raw POS exports.
 *
 * <p>No config, validation, quarantine, Delta writes or scoring; what the pipeline spends above
 * this job is the price of those. Run by {@code bench/run-bench.sh}; not part of the product.
 */
public final class BareMonthlySum {
  private static final StructType POS_DAILY = new StructType()
      .add("business_date", DataTypes.DateType)
      .add("location_id", DataTypes.StringType)
      .add("channel", DataTypes.StringType)
      .add("orders", DataTypes.IntegerType)
      .add("net_sales", DataTypes.DoubleType)
      .add("cogs", DataTypes.DoubleType)
      .add("discounts", DataTypes.DoubleType);

  private BareMonthlySum() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: BareMonthlySum <landing-dir>");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder()
        .appName("bare-monthly-sum")
        .master("local[*]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      long start = System.nanoTime();
      // Collected rather than counted: count() would let the optimizer drop the sum.
      List<Row> monthly = spark.read()
          .schema(POS_DAILY)
          .option("header", "true")
          .option("enforceSchema", "false") // fail on a header that differs from the schema
          .csv(args[0] + "/*/pos_daily/*.csv.gz")
          .groupBy(col("location_id"), trunc(col("business_date"), "MM").as("month"))
          .agg(sum("net_sales").as("net_sales"))
          .collectAsList();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("bare-monthly-sum: %d rows in %.1f s%n", monthly.size(), seconds);
    } finally {
      spark.stop();
    }
  }
}
