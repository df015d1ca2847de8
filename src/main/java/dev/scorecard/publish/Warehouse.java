package dev.scorecard.publish;

import static org.apache.spark.sql.functions.lit;

import dev.scorecard.config.PeriodSet;

import java.sql.Timestamp;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The one place that writes and reads the warehouse: silver tables per tenant and source under
 * {@code <warehouse>/silver/<tenant_id>/<source>}, curated tables under
 * {@code <warehouse>/curated/<table>}, run state under {@code <warehouse>/state/}, all Delta.
 *
 * <p>Every write replaces exactly the rows it owns in one atomic Delta commit ({@code replaceWhere}):
 * a tenant's partition, some of its periods, or the rows of some files. So re-running gives the
 * same rows, never duplicates; a reader sees the table before or after, never half; and other
 * tenants' rows are untouched. Runs for different tenants write disjoint partitions, so Delta lets
 * them commit side by side; when it still reports a conflict the write is retried ({@link Retry}).
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
    replaceCurated(table, tenantId, "", rows, run);
  }

  /**
   * Replaces the tenant's rows of {@code table} in the given periods ({@link PeriodSet}) with
   * {@code rows}, which must all lie in those periods; every other period keeps its rows.
   */
  public void replacePeriods(CuratedTables table, String tenantId, PeriodSet periods, Dataset<Row> rows, RunInfo run) {
    replaceCurated(table, tenantId, " AND (" + periods.predicate() + ")", rows, run);
  }

  private void replaceCurated(CuratedTables table, String tenantId, String andWhere, Dataset<Row> rows, RunInfo run) {
    Dataset<Row> stamped = rows.select(table.columns())
        .withColumn("run_id", lit(run.runId()))
        .withColumn("computed_at", lit(Timestamp.from(run.startedAt())));
    Retry.onConflict("write " + table.tableName() + " of " + tenantId, () -> stamped.write().format("delta")
        .mode("overwrite")
        .option("replaceWhere", "tenant_id = " + Sql.literal(tenantId) + andWhere)
        .option("mergeSchema", "true")
        .partitionBy("tenant_id")
        .save(curatedPath(table)));
  }

  /** Replaces a tenant's whole silver table for one source with {@code rows}. */
  public void replaceSilver(String tenantId, String sourceId, Dataset<Row> rows) {
    Retry.onConflict("write silver " + tenantId + "/" + sourceId, () -> rows.write().format("delta")
        .mode("overwrite").option("overwriteSchema", "true").save(silverPath(tenantId, sourceId)));
  }

  /**
   * Replaces the silver rows of the given files (their earlier delivery, if any) with {@code rows},
   * which come from those files only, in one commit; the first write creates the table.
   */
  public void replaceSilverFiles(String tenantId, String sourceId, java.util.List<String> files, Dataset<Row> rows) {
    String path = silverPath(tenantId, sourceId);
    if (!exists(path)) {
      replaceSilver(tenantId, sourceId, rows);
      return;
    }
    if (files.isEmpty()) {
      return;
    }
    String in = files.stream().map(Sql::literal).collect(java.util.stream.Collectors.joining(", "));
    Retry.onConflict("write silver " + tenantId + "/" + sourceId, () -> rows.write().format("delta")
        .mode("overwrite").option("replaceWhere", "_file IN (" + in + ")").option("mergeSchema", "true").save(path));
  }

  /**
   * Whether a Delta table with at least one commit is at {@code path}. A {@code _delta_log}
   * folder alone is not enough: another run may be creating the table at this moment, and until
   * its first commit lands there is nothing to read.
   */
  public boolean exists(String path) {
    return io.delta.tables.DeltaTable.isDeltaTable(spark, path);
  }

  public Dataset<Row> silver(String tenantId, String sourceId) {
    return spark.read().format("delta").load(silverPath(tenantId, sourceId));
  }

  /**
   * One tenant's rows of a curated table, without run_id and computed_at. A column that a table
   * written by an older version lacks reads as null.
   */
  public Dataset<Row> curated(CuratedTables table, String tenantId) {
    Dataset<Row> rows = spark.read().format("delta").load(curatedPath(table))
        .filter(org.apache.spark.sql.functions.col("tenant_id").equalTo(tenantId));
    java.util.Set<String> present = java.util.Set.of(rows.columns());
    for (org.apache.spark.sql.types.StructField field : table.schema().fields()) {
      if (!present.contains(field.name())) {
        rows = rows.withColumn(field.name(), lit(null).cast(field.dataType()));
      }
    }
    return rows.select(table.columns());
  }

  /** The root of the run state tables ({@link RunState}). */
  String statePath(String name) {
    return new Path(new Path(root, "state"), name).toString();
  }

  SparkSession spark() {
    return spark;
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
