package dev.scorecard.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.publish.SilverTables;
import dev.scorecard.spark.Columns;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What a run's reads change in silver, per tenant: the days whose periods must be recomputed, and
 * the sources whose superseded counts must be counted again. Only incremental reads are looked
 * at: a tenant read whole has every day to recompute. Tenants sharing a silver table are handled
 * together when they also name the same date column and business key.
 */
public final class BatchChanges {
  private BatchChanges() {}

  /**
   * @param days per tenant, the days of the rows read, of the earlier rows they replace (a
   *     correction may drop or move rows) and of the earlier rows they supersede (same business
   *     key, perhaps another day)
   * @param earlierRowsHit per tenant, the sources where earlier rows were replaced or superseded
   */
  public record Touched(Map<String, Set<LocalDate>> days, Map<String, Set<String>> earlierRowsHit) {}

  /**
   * Finds what the incremental reads touch, scanning each silver table as it was before this run
   * ({@code silverBefore}: a table's rows of some tenants, or null when it does not exist yet).
   */
  public static Touched touched(List<SilverBatch> batches, BiFunction<SourceSpec, Collection<String>, Dataset<Row>> silverBefore) {
    Dataset<Row> all = null;
    for (SilverBatch b : batches) {
      for (List<SourceRead> group : bySemantics(b.reads().stream().filter(r -> !r.whole() && !r.files().isEmpty()).toList())) {
        SourceSpec source = group.get(0).source();
        List<String> tenants = group.stream().map(SourceRead::tenantId).toList();
        Dataset<Row> fresh = b.rows().filter(col(SilverTables.TENANT).isin(tenants.toArray()));
        Dataset<Row> rows = touchedRows(fresh, source, false);
        Dataset<Row> before = silverBefore.apply(source, tenants);
        if (before != null) {
          rows = rows.union(touchedRows(earlierHit(before, fresh, group), source, true));
        }
        all = all == null ? rows : all.union(rows);
      }
    }
    Map<String, Set<LocalDate>> days = new HashMap<>();
    Map<String, Set<String>> hit = new HashMap<>();
    if (all != null) {
      for (Row r : all.distinct().collectAsList()) {
        if (!r.isNullAt(1)) {
          days.computeIfAbsent(r.getString(0), t -> new HashSet<>()).add(r.<Date>getAs(1).toLocalDate());
        }
        if (r.getBoolean(2)) {
          hit.computeIfAbsent(r.getString(0), t -> new HashSet<>()).add(r.getString(3));
        }
      }
    }
    return new Touched(days, hit);
  }

  private static Dataset<Row> touchedRows(Dataset<Row> rows, SourceSpec source, boolean earlier) {
    return rows.select(col(SilverTables.TENANT), col(source.dateColumn()).cast("date").as("day"),
        lit(earlier).as("earlier"), lit(source.id()).as("source"));
  }

  /** The earlier rows that this run's rows replace (same tenant and file) or supersede (same tenant and key). */
  private static Dataset<Row> earlierHit(Dataset<Row> before, Dataset<Row> fresh, List<SourceRead> group) {
    List<Row> files = new ArrayList<>();
    group.forEach(r -> r.files().forEach(f -> files.add(RowFactory.create(r.tenantId(), f.relativePath(), true))));
    Dataset<Row> read = fresh.sparkSession().createDataFrame(files, new StructType()
        .add(SilverTables.TENANT, DataTypes.StringType).add(SilverTables.FILE, DataTypes.StringType)
        .add("_same_file", DataTypes.BooleanType));
    SourceSpec source = group.get(0).source();
    if (source.businessKey().contains(source.dateColumn())) {
      // A key that holds the day is superseded on that day only: the other days' files need not be read.
      List<Object> days = fresh.select(col(source.dateColumn())).distinct().collectAsList().stream()
          .map(r -> r.get(0)).filter(java.util.Objects::nonNull).toList();
      Column sameDay = days.isEmpty() ? lit(false) : col(source.dateColumn()).isin(days.toArray());
      before = before.filter(sameDay.or(col(SilverTables.FILE).isin(files.stream().map(r -> r.get(1)).toArray())));
    }
    Dataset<Row> hit = before.join(broadcast(read), Columns.seq(SilverTables.TENANT, SilverTables.FILE), "left");
    Column replaced = col("_same_file").isNotNull();
    if (group.get(0).source().businessKey().isEmpty()) {
      return hit.filter(replaced);
    }
    String[] key = Deliveries.key(group.get(0).source());
    Dataset<Row> keys = fresh.select(Columns.of(key)).distinct().withColumn("_same_key", lit(true));
    return hit.join(keys, Columns.seq(key), "left").filter(replaced.or(col("_same_key").isNotNull()));
  }

  /**
   * Rows superseded per file, for the audit: over the whole silver table as now written
   * ({@code silverAfter}) for the tenants and sources in {@code recount}, else over this run's
   * rows alone (keys repeated across the files read). Columns: tenant_id, file, rows_superseded,
   * source; null when nothing was read.
   */
  public static Dataset<Row> superseded(List<SilverBatch> batches, Map<String, Set<String>> recount,
      BiFunction<SourceSpec, Collection<String>, Dataset<Row>> silverAfter) {
    Dataset<Row> counts = null;
    for (SilverBatch b : batches) {
      for (List<SourceRead> group : bySemantics(b.reads())) {
        SourceSpec source = group.get(0).source();
        List<String> again = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        group.forEach(r -> (recount.getOrDefault(r.tenantId(), Set.of()).contains(source.id()) ? again : alone)
            .add(r.tenantId()));
        List<Dataset<Row>> parts = new ArrayList<>();
        if (!again.isEmpty()) {
          parts.add(silverAfter.apply(source, again));
        }
        if (!alone.isEmpty()) {
          parts.add(b.rows().filter(col(SilverTables.TENANT).isin(alone.toArray())));
        }
        for (Dataset<Row> rows : parts) {
          if (!Deliveries.anyRepeated(rows, source)) {
            continue;
          }
          Dataset<Row> perFile = Deliveries.supersededPerFile(rows, source).withColumn("source", lit(source.id()));
          counts = counts == null ? perFile : counts.unionByName(perFile);
        }
      }
    }
    return counts;
  }

  /** Reads grouped by what decides days and deliveries: the date column and the business key. */
  private static Collection<List<SourceRead>> bySemantics(List<SourceRead> reads) {
    Map<String, List<SourceRead>> groups = new LinkedHashMap<>();
    reads.forEach(r -> groups.computeIfAbsent(r.source().dateColumn() + "|" + r.source().businessKey(),
        k -> new ArrayList<>()).add(r));
    return groups.values();
  }
}
