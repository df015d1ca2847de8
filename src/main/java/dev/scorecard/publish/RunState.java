package dev.scorecard.publish;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What the incremental stages still owe, kept in the warehouse so that a killed or failed run
 * leaves it behind for the next one (two small Delta tables under {@code <warehouse>/state/}):
 *
 * <ul>
 *   <li>{@code pending_days}: per tenant and stage ({@code kpis}, {@code score}), the days whose
 *       periods changed since the stage last ran: ingest adds the days of new, corrected and
 *       superseded rows before it writes silver; a stage clears its days after it published. A
 *       row without a day means "everything" (after {@code ingest --full}).
 *   <li>{@code stage_marks}: per tenant and stage, the as-of date and config checksum of its last
 *       successful run. No mark, or another config, means the stage recomputes everything; the
 *       days between the last as-of date and this one are always recomputed, since periods open
 *       then may have ended and rows dated in between now count.
 * </ul>
 */
public final class RunState {
  public static final String KPIS = "kpis";
  public static final String SCORE = "score";
  private static final List<String> STAGES = List.of(KPIS, SCORE);
  private static final StructType PENDING = new StructType().add("tenant_id", DataTypes.StringType)
      .add("stage", DataTypes.StringType).add("day", DataTypes.DateType);
  private static final StructType MARKS = new StructType().add("tenant_id", DataTypes.StringType)
      .add("stage", DataTypes.StringType).add("as_of", DataTypes.DateType)
      .add("config_hash", DataTypes.StringType).add("run_id", DataTypes.StringType);

  private final Warehouse warehouse;

  public RunState(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /**
   * The days whose periods {@code stage} must recompute at {@code asOf}, or empty when it must
   * recompute everything.
   */
  public Optional<Set<LocalDate>> pending(String tenantId, String stage, String configHash, LocalDate asOf) {
    List<Row> marks = rows("stage_marks", tenantId).filter(col("stage").equalTo(stage)).collectAsList();
    if (marks.isEmpty() || !configHash.equals(marks.get(0).getAs("config_hash"))) {
      return Optional.empty();
    }
    Set<LocalDate> days = new TreeSet<>();
    for (Row row : rows("pending_days", tenantId).filter(col("stage").equalTo(stage)).collectAsList()) {
      if (row.isNullAt(row.fieldIndex("day"))) {
        return Optional.empty();
      }
      days.add(row.<Date>getAs("day").toLocalDate());
    }
    LocalDate last = marks.get(0).<Date>getAs("as_of").toLocalDate();
    LocalDate from = last.isBefore(asOf) ? last : asOf;
    LocalDate to = last.isBefore(asOf) ? asOf : last;
    from.datesUntil(to.plusDays(1)).forEach(days::add);
    return Optional.of(days);
  }

  /** Adds {@code days} to what every stage owes; a null day stands for everything. */
  public void addPending(String tenantId, Collection<LocalDate> days) {
    List<Row> added = new ArrayList<>();
    for (String stage : STAGES) {
      days.forEach(day -> added.add(RowFactory.create(tenantId, stage, day == null ? null : Date.valueOf(day))));
    }
    Dataset<Row> all = rows("pending_days", tenantId).unionByName(spark().createDataFrame(added, PENDING)).distinct();
    replace("pending_days", tenantId, all);
  }

  /** Records that {@code stage} published everything it owed at {@code asOf} under this config. */
  public void settle(String tenantId, String stage, LocalDate asOf, String configHash, String runId) {
    replace("pending_days", tenantId, rows("pending_days", tenantId).filter(col("stage").notEqual(stage)));
    Dataset<Row> mark = spark().createDataFrame(List.of(RowFactory.create(tenantId, stage, Date.valueOf(asOf),
        configHash, runId)), MARKS);
    replace("stage_marks", tenantId, rows("stage_marks", tenantId).filter(col("stage").notEqual(stage)).unionByName(mark));
  }

  private Dataset<Row> rows(String table, String tenantId) {
    StructType schema = table.equals("pending_days") ? PENDING : MARKS;
    String path = warehouse.statePath(table);
    if (!warehouse.exists(path)) {
      return spark().createDataFrame(List.of(), schema);
    }
    return spark().read().format("delta").load(path).filter(col("tenant_id").equalTo(tenantId));
  }

  /** Replaces the tenant's rows; collected first, since the new rows are read from the same table. */
  private void replace(String table, String tenantId, Dataset<Row> rows) {
    Dataset<Row> local = spark().createDataFrame(rows.collectAsList(), rows.schema());
    Retry.onConflict("write state " + table + " of " + tenantId, () -> local.write().format("delta").mode("overwrite")
        .option("replaceWhere", "tenant_id = " + Sql.literal(tenantId))
        .partitionBy("tenant_id").save(warehouse.statePath(table)));
  }

  private org.apache.spark.sql.SparkSession spark() {
    return warehouse.spark();
  }
}
