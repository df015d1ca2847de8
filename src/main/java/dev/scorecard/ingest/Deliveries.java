package dev.scorecard.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.publish.SilverTables;
import dev.scorecard.spark.Columns;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Decides between deliveries of one business key in different files: the latest delivery wins
 * (the file delivered last, {@link SilverTables#DELIVERED}; on a tie the later path). Earlier
 * deliveries stay in silver, marked superseded, so the audit can count them and a correction of
 * the later file can bring them back; KPIs read only the current rows.
 */
public final class Deliveries {
  public static final String SUPERSEDED = "_superseded";

  private Deliveries() {}

  /**
   * The silver rows with a boolean {@link #SUPERSEDED} column. Keys are counted first (one
   * aggregation of the key columns alone); only the rows of keys delivered more than once, usually
   * none or few, are compared to find the latest, and adaptive execution broadcasts them into the
   * joins when they are few.
   */
  public static Dataset<Row> flagged(Dataset<Row> silver, SourceSpec source) {
    if (source.businessKey().isEmpty()) {
      return silver.withColumn(SUPERSEDED, lit(false));
    }
    String[] key = key(source);
    Column delivery = struct(col(SilverTables.DELIVERED), col(SilverTables.FILE));
    Dataset<Row> repeated = silver.groupBy(Columns.of(key)).agg(count(lit(1)).as("_deliveries"))
        .filter(col("_deliveries").gt(1)).drop("_deliveries");
    Dataset<Row> latest = silver.join(repeated, Columns.seq(key), "left_semi")
        .groupBy(Columns.of(key)).agg(max(delivery).as("_latest"));
    return silver.join(latest, Columns.seq(key), "left")
        .withColumn(SUPERSEDED, col("_latest").isNotNull().and(delivery.notEqual(col("_latest"))))
        .drop("_latest")
        .select(withFlag(silver));
  }

  /** Whether any business key of {@code silver} was delivered more than once (one aggregation of the keys). */
  public static boolean anyRepeated(Dataset<Row> silver, SourceSpec source) {
    if (source.businessKey().isEmpty()) {
      return false;
    }
    String[] key = key(source);
    return !silver.groupBy(Columns.of(key)).agg(count(lit(1)).as("_deliveries")).filter(col("_deliveries").gt(1))
        .isEmpty();
  }

  /** The rows KPIs use: each business key's latest delivery. */
  public static Dataset<Row> current(Dataset<Row> silver, SourceSpec source) {
    if (source.businessKey().isEmpty()) {
      return silver;
    }
    return flagged(silver, source).filter(col(SUPERSEDED).equalTo(false)).drop(SUPERSEDED);
  }

  /** Per tenant and file of the silver table, how many of its rows a later delivery superseded. */
  public static Dataset<Row> supersededPerFile(Dataset<Row> silver, SourceSpec source) {
    return flagged(silver, source).filter(col(SUPERSEDED))
        .groupBy(col(SilverTables.TENANT), col(SilverTables.FILE).as("file"))
        .agg(count(lit(1)).as("rows_superseded"));
  }

  /** A row's identity: its tenant and business key (silver tables hold many tenants). */
  static String[] key(SourceSpec source) {
    String[] key = new String[source.businessKey().size() + 1];
    key[0] = SilverTables.TENANT;
    for (int i = 0; i < source.businessKey().size(); i++) {
      key[i + 1] = source.businessKey().get(i);
    }
    return key;
  }

  private static Column[] withFlag(Dataset<Row> silver) {
    String[] names = silver.columns();
    Column[] columns = new Column[names.length + 1];
    for (int i = 0; i < names.length; i++) {
      columns[i] = col(names[i]);
    }
    columns[names.length] = col(SUPERSEDED);
    return columns;
  }
}
