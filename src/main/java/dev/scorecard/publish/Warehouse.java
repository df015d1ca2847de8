package dev.scorecard.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import dev.scorecard.config.SourceSpec;
import io.delta.tables.DeltaTable;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one place that reads and writes the warehouse, all Delta: curated tables under
 * {@code <warehouse>/curated/<table>}, silver tables under {@code <warehouse>/silver/}
 * ({@link SilverTables}), run state under {@code <warehouse>/state/} ({@link RunState}).
 *
 * <p>Every write replaces exactly the rows it owns ({@link Scope}) in one atomic Delta commit
 * ({@code replaceWhere}), for every tenant of a batch at once: re-running gives the same rows, never
 * duplicates; a reader sees the table before or after, never half; other tenants' rows are
 * untouched. Rows conform to the table's schema by type ({@link TableSchemas}); nothing widens a
 * table silently. A write Delta reports as a concurrent conflict is retried ({@link Retry}).
 */
public final class Warehouse {
  /** From this many tenants in one write, rows are grouped by tenant before they are written. */
  static final int MANY_TENANTS = 8;
  private final SparkSession spark;
  private final String root;
  private final AtomicInteger commits = new AtomicInteger();

  /** @param root the warehouse folder; a relative one is taken from the working directory */
  public Warehouse(SparkSession spark, String root) {
    this.spark = spark;
    this.root = qualified(spark, root);
  }

  /** The root as a full URI ({@code file:/...}): Delta's table builder reads a bare relative path as a table name. */
  private static String qualified(SparkSession spark, String root) {
    Path path = new Path(root);
    try {
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot reach the warehouse at " + root, e);
    }
  }

  public SparkSession spark() {
    return spark;
  }

  public String curatedPath(CuratedTables table) {
    return new Path(new Path(root, "curated"), table.tableName()).toString();
  }

  public String silverPath(SourceSpec source) {
    return new Path(new Path(root, "silver"), SilverTables.name(source)).toString();
  }

  String statePath(String name) {
    return new Path(new Path(root, "state"), name).toString();
  }

  /** How many Delta commits this warehouse object made: a run with nothing new makes none. */
  public int commits() {
    return commits.get();
  }

  void countCommit() {
    commits.incrementAndGet();
  }

  public boolean exists(CuratedTables table) {
    return exists(curatedPath(table));
  }

  /**
   * Whether a Delta table with at least one commit is at {@code path}. A {@code _delta_log}
   * folder alone is not enough: another run may be creating the table at this moment, and until
   * its first commit lands there is nothing to read.
   */
  public boolean exists(String path) {
    return DeltaTable.isDeltaTable(spark, path);
  }

  /**
   * The rows of a curated table for these tenants (all when null), without run_id and
   * computed_at. A column that a table written by an older version lacks reads as null.
   */
  public Dataset<Row> curated(CuratedTables table, Collection<String> tenants) {
    Dataset<Row> rows = spark.read().format("delta").load(curatedPath(table));
    if (tenants != null) {
      rows = rows.filter(col("tenant_id").isin(tenants.toArray()));
    }
    Set<String> present = Set.of(rows.columns());
    for (StructField field : table.schema().fields()) {
      if (!present.contains(field.name())) {
        rows = rows.withColumn(field.name(), lit(null).cast(field.dataType()));
      }
    }
    return rows.select(table.columns());
  }

  /**
   * Creates a curated table with its declared schema, if it does not exist yet. Another run
   * creating it at the same moment is no error: this one then uses that table.
   */
  public void create(CuratedTables table) {
    create(table.tableName(), curatedPath(table), table.schema(), true);
  }

  /** A source's silver table, the rows of these tenants. */
  public Dataset<Row> silver(SourceSpec source, Collection<String> tenants) {
    return spark.read().format("delta").load(silverPath(source)).filter(col(SilverTables.TENANT).isin(tenants.toArray()));
  }

  /**
   * Replaces the rows of {@code table} in {@code scope} with {@code rows} (which must lie in that
   * scope), stamped with the run, in one commit. An empty scope writes nothing.
   */
  public void replace(CuratedTables table, Scope scope, Dataset<Row> rows, RunInfo run) {
    if (scope.isEmpty()) {
      return;
    }
    Dataset<Row> stamped = TableSchemas.conform(table.tableName(), table.contentSchema(), rows)
        .withColumn("run_id", lit(run.runId()))
        .withColumn("computed_at", lit(Timestamp.from(run.startedAt())));
    write(table.tableName(), curatedPath(table), table.schema(), scope, stamped);
  }

  /** Replaces the rows of a source's silver table in {@code scope} with {@code rows}, in one commit. */
  public void replaceSilver(SourceSpec source, Scope scope, Dataset<Row> rows) {
    if (scope.isEmpty()) {
      return;
    }
    StructType schema = SilverTables.schema(source);
    write("silver " + SilverTables.name(source), silverPath(source), schema, scope,
        TableSchemas.conform("silver " + SilverTables.name(source), schema, rows));
  }

  /**
   * Updates the audit in one commit. {@code read} holds the full rows of the files read this run
   * (inserted, or replacing a corrected file's row); {@code recount} holds (tenant_id, source,
   * file, rows_superseded) of files read earlier whose superseded count changed, and changes only
   * that count, so their rows keep the run_id of the run that ingested them. For the tenants read
   * {@code whole}, rows of files not read this run (gone from the landing) are removed.
   *
   * @param tenants the tenants of {@code read}, for the scope of a first write
   */
  public void updateAudit(Collection<String> tenants, Collection<String> whole, Dataset<Row> read, Dataset<Row> recount,
      RunInfo run) {
    CuratedTables audit = CuratedTables.INGEST_AUDIT;
    Dataset<Row> fresh = TableSchemas.conform(audit.tableName(), audit.contentSchema(), read)
        .withColumn("run_id", lit(run.runId())).withColumn("computed_at", lit(Timestamp.from(run.startedAt())));
    String path = curatedPath(audit);
    if (!exists(path)) {
      write(audit.tableName(), path, audit.schema(), Scope.tenants(tenants), fresh);
      return;
    }
    evolve(audit.tableName(), path, audit.schema());
    Dataset<Row> changes = fresh.withColumn("_kind", lit("read")).unionByName(recount.withColumn("_kind", lit("recount")),
        true);
    Retry.onConflict("update " + audit.tableName(), () -> {
      var merge = DeltaTable.forPath(spark, path).as("t")
          .merge(changes.as("s"), "t.tenant_id = s.tenant_id AND t.source = s.source AND t.file = s.file")
          .whenMatched("s._kind = 'read'").updateExpr(assignments(audit.schema(), "s."))
          .whenMatched("s._kind = 'recount'").updateExpr(Map.of("rows_superseded", "s.rows_superseded"))
          .whenNotMatched("s._kind = 'read'").insertExpr(assignments(audit.schema(), "s."));
      if (!whole.isEmpty()) {
        merge = merge.whenNotMatchedBySource(Scope.tenants(whole).predicate("t.tenant_id")).delete();
      }
      merge.execute();
      commits.incrementAndGet();
    });
  }

  /** Deletes the table (its folder and everything in it) at {@code path}, if there is one. */
  void delete(String path) {
    Path dir = new Path(path);
    try {
      dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(dir, true);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot delete " + path, e);
    }
  }

  /**
   * Removes a tenant's rows from the other silver tables of the same source: after its source
   * changed columns, its rows live in another table.
   */
  public void deleteSilverElsewhere(SourceSpec source, String tenantId) {
    Path dir = new Path(root, "silver");
    try {
      org.apache.hadoop.fs.FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(dir)) {
        return;
      }
      for (org.apache.hadoop.fs.FileStatus status : fs.listStatus(dir)) {
        String name = status.getPath().getName();
        String path = status.getPath().toString();
        if (name.startsWith(source.id() + "-") && !name.equals(SilverTables.name(source)) && exists(path)) {
          Retry.onConflict("clear " + name + " of " + tenantId, () -> {
            DeltaTable.forPath(spark, path).delete(SilverTables.TENANT + " = " + Sql.literal(tenantId));
            commits.incrementAndGet();
          });
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot list " + dir, e);
    }
  }

  private static Map<String, String> assignments(StructType schema, String prefix) {
    Map<String, String> set = new LinkedHashMap<>();
    for (String name : schema.fieldNames()) {
      set.put(name, prefix + name);
    }
    return set;
  }

  private void write(String name, String path, StructType schema, Scope scope, Dataset<Row> rows) {
    if (exists(path)) {
      evolve(name, path, schema);
    } else {
      create(name, path, schema, true);
    }
    // Rows of many tenants go to their tenant's task first, so each tenant's folder gets one file
    // rather than one per task; one tenant's rows stay spread over the tasks that made them.
    Dataset<Row> grouped = scope.tenants().size() >= MANY_TENANTS ? rows.repartition(col(SilverTables.TENANT)) : rows;
    Retry.onConflict("write " + name, () -> {
      // replaceWhere even when creating the table: two runs creating it at once then conflict and
      // retry, instead of the second overwriting the first's tenants.
      grouped.write().format("delta").mode("overwrite").partitionBy(SilverTables.TENANT)
          .option("replaceWhere", scope.predicate()).save(path);
      commits.incrementAndGet();
    });
  }

  /**
   * Creates a table with exactly the declared schema (keys NOT NULL included) before its first
   * write, rather than letting the first write's rows decide it.
   */
  void create(String name, String path, StructType schema, boolean byTenant) {
    for (int attempt = 1; !exists(path); attempt++) {
      try {
        var builder = DeltaTable.createIfNotExists(spark).location(path).addColumns(schema);
        if (byTenant) {
          builder = builder.partitionedBy(SilverTables.TENANT);
        }
        builder.execute();
        commits.incrementAndGet();
      } catch (Exception e) { // Delta's Scala code throws AnalysisException, a checked type, undeclared
        // Another run creating the same table at this moment: it wins, this one reads its table.
        if (exists(path)) {
          return;
        }
        if (attempt >= Retry.ATTEMPTS) {
          throw e instanceof RuntimeException r ? r : new IllegalStateException("Cannot create " + name + " at " + path, e);
        }
        Retry.pause(name, e, attempt);
      }
    }
  }

  /** Adds the columns a newer version declares to a table written by an older one. */
  private void evolve(String name, String path, StructType schema) {
    StructType existing = spark.read().format("delta").load(path).schema();
    List<StructField> missing = TableSchemas.missingIn(name, path, existing, schema);
    if (!missing.isEmpty()) {
      spark.sql(TableSchemas.addColumns(path, missing));
      commits.incrementAndGet();
    }
  }

  /** Registers every curated table that exists as a temporary view under its table name. */
  public List<String> registerViews() {
    List<String> registered = new ArrayList<>();
    for (CuratedTables table : CuratedTables.values()) {
      if (exists(curatedPath(table))) {
        spark.read().format("delta").load(curatedPath(table)).createOrReplaceTempView(table.tableName());
        registered.add(table.tableName());
      }
    }
    return registered;
  }

  /** A column that is true for the rows in {@code scope}. */
  public static Column in(Scope scope) {
    return expr(scope.predicate());
  }
}
