package dev.scorecard.bench;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;

import dev.scorecard.spark.Columns;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Checks DuckDB's KPI values ({@link DuckDbKpis}) against the pipeline's {@code kpi_values}: every
 * key of either side, values equal to a relative 1e-9. Prints the counts and the first mismatches;
 * exits 1 when any value differs.
 *
 * <p>{@code CompareKpis <duckdb.csv> <warehouse> <tenant>}
 */
public final class CompareKpis {
  private static final String[] KEY = {"kpi_id", "node_level", "node_id", "period_grain", "period_start"};

  private CompareKpis() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("compare-kpis").master("local[*]")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    StructType schema = new StructType().add("kpi_id", DataTypes.StringType).add("node_level", DataTypes.StringType)
        .add("node_id", DataTypes.StringType).add("period_grain", DataTypes.StringType)
        .add("period_start", DataTypes.DateType).add("value", DataTypes.DoubleType);
    Dataset<Row> duck = spark.read().schema(schema).option("header", "true").csv(args[0])
        .withColumnRenamed("value", "duckdb").withColumn("in_duckdb", lit(true));
    Dataset<Row> engine = spark.read().format("delta").load(args[1] + "/curated/kpi_values")
        .filter(col("tenant_id").equalTo(args[2])).select(col(KEY[0]), col(KEY[1]), col(KEY[2]), col(KEY[3]),
            col(KEY[4]), col("value").as("engine"), lit(true).as("in_engine"));
    Dataset<Row> both = duck.join(engine, Columns.seq(KEY), "full_outer").cache();
    Column d = col("duckdb");
    Column e = col("engine");
    Column oneSide = col("in_duckdb").isNull().or(col("in_engine").isNull());
    Column differ = oneSide.or(d.isNull().notEqual(e.isNull()))
        .or(abs(d.minus(e)).gt(greatest(abs(d), abs(e), lit(1.0)).multiply(1e-9)));
    long keys = both.count();
    long onlyDuck = both.filter(oneSide).count();
    long mismatched = both.filter(differ).count();
    System.out.printf("compare-kpis: %d keys, %d values compared, %d only in DuckDB or only in the pipeline,"
        + " %d differ%n", keys, both.filter(d.isNotNull().and(e.isNotNull())).count(), onlyDuck, mismatched);
    List<Row> first = both.filter(differ).limit(10).collectAsList();
    first.forEach(r -> System.out.println("  differs: " + r));
    spark.stop();
    System.exit(mismatched == 0 ? 0 : 1);
  }
}
