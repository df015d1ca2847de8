package dev.scorecard.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.spark.Columns;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What one ingest batch (the new and corrected files of each source) changes in silver: the days
 * whose periods must be recomputed, and the superseded counts of the audit.
 */
public final class BatchChanges {
  private BatchChanges() {}

  /**
   * @param days the days of the rows read, of the earlier rows they replace (a correction may drop
   *     or move rows) and of the earlier rows they supersede (same business key, perhaps another day)
   * @param earlierRowsHit the sources where earlier rows were replaced or superseded, whose
   *     superseded counts must be counted again
   */
  public record Touched(List<LocalDate> days, Set<String> earlierRowsHit) {}

  /**
   * Finds what the batches touch, with one scan per source of its silver table as it was before
   * the batch ({@code silverBefore}; a source without a table yet is left out).
   */
  public static Touched touched(TenantConfig tenant, List<SourceBatch> batches, Map<String, Dataset<Row>> silverBefore) {
    Dataset<Row> all = null;
    for (SourceBatch b : batches) {
      SourceSpec source = tenant.sources().get(b.sourceId());
      Column day = col(source.dateColumn()).cast("date").as("day");
      Dataset<Row> rows = b.silver().select(day, lit(false).as("earlier"));
      Dataset<Row> silver = silverBefore.get(b.sourceId());
      if (silver != null && !b.files().isEmpty()) {
        Column hit = col(SilverSchema.FILE).isin(b.files().stream().map(LandingFile::relativePath).toArray());
        if (!source.businessKey().isEmpty()) {
          String[] key = source.businessKey().toArray(String[]::new);
          Dataset<Row> keys = b.silver().select(Columns.of(key)).distinct().withColumn("_same_key", lit(true));
          silver = silver.join(keys, Columns.seq(key), "left");
          hit = hit.or(col("_same_key").isNotNull());
        }
        rows = rows.union(silver.filter(hit).select(day, lit(true).as("earlier")));
      }
      rows = rows.withColumn("source", lit(b.sourceId()));
      all = all == null ? rows : all.union(rows);
    }
    List<Row> distinct = all.distinct().collectAsList();
    List<LocalDate> days = distinct.stream().filter(r -> !r.isNullAt(0))
        .map(r -> r.<Date>getAs(0).toLocalDate()).distinct().toList();
    Set<String> hit = new TreeSet<>();
    distinct.stream().filter(r -> r.getBoolean(1)).forEach(r -> hit.add(r.getString(2)));
    return new Touched(days, hit);
  }

  /**
   * The audit with each file's rows superseded by a later delivery. The sources in
   * {@code silverAfter} (those whose earlier rows a batch hit) are counted again over their silver
   * table as now written; elsewhere the earlier files keep their counts and the new files get
   * theirs from the batch alone (keys repeated across the files read).
   */
  public static Dataset<Row> withSuperseded(TenantConfig tenant, Dataset<Row> audit, List<SourceBatch> batches,
      Map<String, Dataset<Row>> silverAfter) {
    Dataset<Row> counts = null;
    for (SourceBatch b : batches) {
      SourceSpec source = tenant.sources().get(b.sourceId());
      Dataset<Row> rows = silverAfter.getOrDefault(source.id(), b.silver());
      Dataset<Row> perFile = Deliveries.supersededPerFile(rows, source)
          .withColumnRenamed("rows_superseded", "_superseded").withColumn("source", lit(source.id()));
      counts = counts == null ? perFile : counts.unionByName(perFile);
    }
    Column recounted = col("source").isin(silverAfter.keySet().toArray());
    return audit.join(counts, Columns.seq("source", "file"), "left")
        .withColumn("rows_superseded", when(recounted, coalesce(col("_superseded"), lit(0L)))
            .otherwise(coalesce(col("_superseded"), col("rows_superseded"), lit(0L))))
        .drop("_superseded");
  }
}
