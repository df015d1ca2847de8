package dev.scorecard.publish;

import static org.apache.spark.sql.functions.lit;

import java.sql.Timestamp;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The one place that writes and reads the warehouse: silver tables per tenant and source under
 * {@code <warehouse>/silver/<tenant_id>/<source>}, curated tables under
 * {@code <warehouse>/curated/<table>}, all Delta. A curated write replaces exactly the tenant's
 * partition ({@code replaceWhere}), so re-running gives the same rows, never duplicates, and other
 * tenants' rows are untouched.
 */
public final class Warehouse {
  private final SparkSession spark;
  private final String root;

  public Warehouse(SparkSession spark, String root) {
    this.spark = spark;
    this.root = root;
  }

  public String curatedPath(CuratedTables table) {
    return new Path(new Path(root, "curated"), table.tableName()).toString();
  }

  public String silverPath(String tenantId, String sourceId) {
    return new Path(new Path(new Path(root, "silver"), tenantId), sourceId).toString();
  }

  /** Replaces the tenant's rows of {@code table} with {@code rows}, stamped with the run. */
  public void replaceTenant(CuratedTables table, String tenantId, Dataset<Row> rows, RunInfo run) {
    Dataset<Row> stamped = rows.select(table.columns())
        .withColumn("run_id", lit(run.runId()))
        .withColumn("computed_at", lit(Timestamp.from(run.startedAt())));
    stamped.write().format("delta").mode("overwrite")
        .option("replaceWhere", "tenant_id = '" + tenantId + "'")
        .option("mergeSchema", "true")
        .partitionBy("tenant_id")
        .save(curatedPath(table));
  }

  /** Replaces a tenant's silver table for one source with this run's valid rows. */
  public void replaceSilver(String tenantId, String sourceId, Dataset<Row> rows) {
    rows.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(silverPath(tenantId, sourceId));
  }

  public boolean exists(String path) {
    try {
      Path p = new Path(path, "_delta_log");
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  public Dataset<Row> silver(String tenantId, String sourceId) {
    return spark.read().format("delta").load(silverPath(tenantId, sourceId));
  }

  /** One tenant's rows of a curated table, without run_id and computed_at. */
  public Dataset<Row> curated(CuratedTables table, String tenantId) {
    return spark.read().format("delta").load(curatedPath(table))
        .filter(org.apache.spark.sql.functions.col("tenant_id").equalTo(tenantId))
        .select(table.columns());
  }

  /** Registers every curated table that exists as a temporary view under its table name. */
  public java.util.List<String> registerViews() {
    java.util.List<String> registered = new java.util.ArrayList<>();
    for (CuratedTables table : CuratedTables.values()) {
      if (exists(curatedPath(table))) {
        spark.read().format("delta").load(curatedPath(table)).createOrReplaceTempView(table.tableName());
        registered.add(table.tableName());
      }
    }
    return registered;
  }
}
