package dev.scorecard.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;

import dev.scorecard.config.ColumnType;
import dev.scorecard.config.ConfigLoader;
import dev.scorecard.config.SourceFormat;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.SilverTables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The floor the pipeline is measured against: Spark's own CSV and JSON readers, with explicit
 * schemas, over every raw file of every source of every tenant, each source aggregated per
 * location and month (its row count and the sum of each numeric column) and collected.
 *
 * <p>No validation, quarantine, audit, Delta writes, KPIs or scores: what the pipeline spends
 * above this job is the price of those. With {@code read} it only reads every row (a {@code noop}
 * write), the floor of ingest throughput. Run by {@code bench/run-bench.sh}; not part of the product.
 *
 * <p>{@code BareJob aggregate|read <conf> <landing>}
 */
public final class BareJob {
  private BareJob() {}

  public static void main(String[] args) {
    if (args.length != 3 || !List.of("aggregate", "read").contains(args[0])) {
      System.err.println("usage: BareJob aggregate|read <conf> <landing>");
      System.exit(2);
    }
    List<TenantConfig> tenants = ConfigLoader.load(Path.of(args[1]), List.of());
    SparkSession spark = SparkSession.builder().appName("bare-job").master("local[*]")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      long start = System.nanoTime();
      long rows = 0;
      for (TenantConfig tenant : tenants) {
        for (SourceSpec source : tenant.sources().values()) {
          Dataset<Row> raw = read(spark, args[2] + "/" + tenant.tenantId() + "/" + source.path(), source);
          if (args[0].equals("read")) {
            raw.write().format("noop").mode("overwrite").save();
          } else {
            rows += monthly(raw, source).collectAsList().size();
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("bare-job %s: %d tenant(s), %d result rows in %.1f s%n", args[0], tenants.size(), rows, seconds);
    } finally {
      spark.stop();
    }
  }

  private static Dataset<Row> read(SparkSession spark, String glob, SourceSpec source) {
    StructType schema = new StructType();
    for (Map.Entry<String, ColumnType> column : source.columns().entrySet()) {
      schema = schema.add(column.getKey(), SilverTables.type(column.getValue()));
    }
    if (source.format() == SourceFormat.JSONL) {
      return spark.read().schema(schema).json(glob);
    }
    return spark.read().schema(schema).option("header", "true").option("delimiter", String.valueOf(source.delimiter()))
        .csv(glob);
  }

  /** Rows and the sum of every numeric column, per location and month. */
  private static Dataset<Row> monthly(Dataset<Row> raw, SourceSpec source) {
    Column location = source.locationColumn().map(c -> col(c)).orElse(lit(source.fixedLocation().orElse("")));
    List<Column> sums = new ArrayList<>();
    sums.add(count(lit(1)).as("rows"));
    source.columns().forEach((name, type) -> {
      if (type == ColumnType.INT || type == ColumnType.LONG || type == ColumnType.DOUBLE || type == ColumnType.DECIMAL) {
        sums.add(sum(col(name)).as(name));
      }
    });
    return raw.groupBy(location.as("location"), trunc(col(source.dateColumn()), "MM").as("month"))
        .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
  }
}
