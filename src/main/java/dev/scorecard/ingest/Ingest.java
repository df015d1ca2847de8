package dev.scorecard.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.publish.SilverTables;
import dev.scorecard.spark.Columns;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads landing files with Spark, for every tenant of a run at once: the files of all tenants
 * whose source shares a silver table are parsed in one job, each file by {@link RecordParser} on an
 * executor, every record kept with its tenant, file, line and reasons. The records are split into
 * silver rows, quarantine rows and a per-file audit. Reading is lazy and cached: the first action
 * parses, the writes after it reuse the parsed records.
 */
public final class Ingest {
  /** The audit status of a file read and rejected whole. */
  public static final String REJECTED = "rejected";
  private static final String RAW = "_raw";
  private static final String REASONS = "_reasons";

  private Ingest() {}

  /** @param asOf the run's as-of date: rules' date windows may be relative to it */
  public static IngestBatch read(SparkSession spark, List<SourceRead> reads, LocalDate asOf) {
    Map<String, List<SourceRead>> byTable = new LinkedHashMap<>();
    reads.forEach(r -> byTable.computeIfAbsent(SilverTables.name(r.source()), t -> new ArrayList<>()).add(r));
    List<SilverBatch> silver = new ArrayList<>();
    Dataset<Row> quarantine = null;
    Dataset<Row> audit = null;
    for (List<SourceRead> group : byTable.values()) {
      SourceSpec source = group.get(0).source();
      Dataset<Row> parsed = parse(spark, group, asOf, Map.of()).persist(StorageLevel.MEMORY_AND_DISK());
      Map<String, String> incomplete = IncompleteFiles.find(parsed, REASONS);
      IncompleteFiles.keepCutOnly(incomplete, group, spark.sparkContext().hadoopConfiguration());
      if (!incomplete.isEmpty()) {
        Column damaged = concat(col(SilverTables.TENANT), lit("\u0000"), col(SilverTables.FILE)).isin(incomplete.keySet().toArray());
        parsed = parsed.filter(not(damaged)).unionByName(parse(spark, group, asOf, incomplete))
            .persist(StorageLevel.MEMORY_AND_DISK());
      }
      silver.add(new SilverBatch(source, group, parsed.filter(size(col(REASONS)).equalTo(0)).drop(RAW, REASONS)));
      quarantine = union(quarantine, quarantine(parsed, source));
      audit = union(audit, audit(spark, parsed, group));
    }
    return new IngestBatch(silver, quarantine, audit);
  }

  private static Dataset<Row> union(Dataset<Row> all, Dataset<Row> more) {
    return all == null ? more : all.unionByName(more);
  }

  /** The silver table's columns, then the raw text of a record that has reasons, and its reasons. */
  private static StructType parsedSchema(SourceSpec source) {
    return SilverTables.schema(source).add(RAW, DataTypes.StringType)
        .add(REASONS, DataTypes.createArrayType(DataTypes.StringType), false);
  }

  /**
   * A file to parse, the layout of its tenant's source among those shipped with the job, and the
   * reason to quarantine its every line with when it is incomplete (null for a file read as rows).
   */
  record FileTask(LandingFile file, int layout, String rejection) implements Serializable {}

  /**
   * Parses the files on the executors, several files per task. Each file is opened by its exact
   * URI through Hadoop's file system API (the driver's Hadoop configuration is broadcast), so no
   * file name is ever read as a pattern or a list.
   */
  private static Dataset<Row> parse(SparkSession spark, List<SourceRead> group, LocalDate asOf,
      Map<String, String> rejected) {
    StructType schema = parsedSchema(group.get(0).source());
    List<RecordLayout> layouts = new ArrayList<>();
    List<FileTask> tasks = new ArrayList<>();
    for (SourceRead read : group) {
      layouts.add(new RecordLayout(read.tenant(), read.source(), asOf));
      for (LandingFile f : read.files()) {
        String damage = rejected.get(IncompleteFiles.key(read.tenantId(), f.relativePath()));
        if (rejected.isEmpty() || damage != null) {
          tasks.add(new FileTask(f, layouts.size() - 1, damage == null ? null : IncompleteFiles.reason(damage)));
        }
      }
    }
    if (tasks.isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> hadoop = jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
    // Broadcast, not captured: a hundred tenants' layouts in every task made Spark warn of very large tasks.
    Broadcast<List<RecordLayout>> shipped = jsc.broadcast(layouts);
    List<List<FileTask>> bins = bins(tasks, 8 * jsc.defaultParallelism());
    JavaRDD<Row> rows = jsc.parallelize(bins, bins.size()).flatMap(bin -> bin.stream()
        .flatMap(task -> stream(rows(task, shipped.value().get(task.layout()), hadoop.value().value()))).iterator());
    return spark.createDataFrame(rows, schema);
  }

  /** The rows of one file, read lazily; the file is closed after its last record. */
  private static Iterator<Row> rows(FileTask task, RecordLayout layout, org.apache.hadoop.conf.Configuration hadoop) {
    try {
      Path path = new Path(URI.create(task.file().uri()));
      InputStream in = path.getFileSystem(hadoop).open(path);
      Iterator<ParsedRecord> records = task.rejection() != null
          ? RecordParser.rejected(layout, task.file().relativePath(), in, task.rejection())
          : RecordParser.parse(layout, task.file().relativePath(), in);
      return new ClosingIterator<>(records, in, r -> toRow(layout.tenantId, task.file(), r));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot open " + task.file().uri(), e);
    }
  }

  private static <T> java.util.stream.Stream<T> stream(Iterator<T> iterator) {
    return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(iterator, 0), false);
  }

  /**
   * The files in at most {@code count} bins of about equal size in bytes, each a Spark task, each
   * holding files next to each other in path order. Exports are named by period, so a task's rows,
   * and the silver file it writes, cover a short span of days: a later run that reads some
   * periods skips the other files by their date statistics.
   */
  static List<List<FileTask>> bins(List<FileTask> tasks, int count) {
    long total = tasks.stream().mapToLong(t -> Math.max(1, t.file().size())).sum();
    long target = Math.max(1, total / Math.max(1, Math.min(count, tasks.size())));
    List<List<FileTask>> bins = new ArrayList<>();
    List<FileTask> bin = new ArrayList<>();
    long weight = 0;
    for (FileTask task : tasks) {
      long size = Math.max(1, task.file().size());
      if (!bin.isEmpty() && weight + size / 2 > target) {
        bins.add(bin);
        bin = new ArrayList<>();
        weight = 0;
      }
      bin.add(task);
      weight += size;
    }
    if (!bin.isEmpty()) {
      bins.add(bin);
    }
    return bins;
  }

  private static Row toRow(String tenantId, LandingFile file, ParsedRecord record) {
    Object[] values = new Object[record.values().length + 7];
    values[0] = tenantId;
    System.arraycopy(record.values(), 0, values, 1, record.values().length);
    int next = record.values().length + 1;
    values[next] = file.relativePath();
    values[next + 1] = record.line();
    values[next + 2] = CollectionConverters.asScala(record.warnings()).toSeq();
    values[next + 3] = file.deliveredAt();
    values[next + 4] = record.valid() ? null : Evidence.raw(record.raw());
    values[next + 5] = CollectionConverters.asScala(record.reasons()).toSeq();
    return RowFactory.create(values);
  }

  private static Dataset<Row> quarantine(Dataset<Row> parsed, SourceSpec source) {
    return parsed.filter(size(col(REASONS)).gt(0)).select(
        col(SilverTables.TENANT), lit(source.id()).as("source"), col(SilverTables.FILE).as("file"),
        col(SilverTables.LINE).as("line"), col(RAW).as("raw_record"), concat_ws("; ", col(REASONS)).as("reason"));
  }

  /**
   * One row per file looked at, with its counts and status: {@code rejected} (with the reason,
   * when every record carries one that starts with "file ": no column, an incomplete file...),
   * {@code corrected} (read again with new content), {@code ingested}; and one per duplicate not
   * read, {@code duplicate} of the file with its content, with zero counts. A file without
   * records counts zeros.
   */
  private static Dataset<Row> audit(SparkSession spark, Dataset<Row> parsed, List<SourceRead> group) {
    Column valid = size(col(REASONS)).equalTo(0);
    Dataset<Row> counts = parsed.groupBy(col(SilverTables.TENANT), col(SilverTables.FILE).as("file")).agg(
        count(lit(1)).as("rows_read"),
        sum(when(valid, 1L).otherwise(0L)).as("rows_valid"),
        sum(when(valid.and(size(col(SilverTables.WARNINGS)).gt(0)), 1L).otherwise(0L)).as("rows_warned"),
        expr("max(try_element_at(filter(" + REASONS + ", r -> r LIKE 'file %'), 1))").as("_file_reason"));
    StructType fileSchema = new StructType().add(SilverTables.TENANT, DataTypes.StringType)
        .add("source", DataTypes.StringType).add("file", DataTypes.StringType).add("file_checksum", DataTypes.StringType)
        .add("_looked_at", DataTypes.StringType).add("_duplicate_of", DataTypes.StringType);
    List<Row> files = new ArrayList<>();
    for (SourceRead r : group) {
      r.files().forEach(f -> files.add(RowFactory.create(r.tenantId(), r.source().id(), f.relativePath(), f.checksum(),
          r.corrected().contains(f.relativePath()) ? "corrected" : "ingested", null)));
      r.duplicates().forEach((f, original) -> files.add(RowFactory.create(r.tenantId(), r.source().id(),
          f.relativePath(), f.checksum(), "duplicate", original)));
    }
    Column read = coalesce(col("rows_read"), lit(0L));
    Column kept = coalesce(col("rows_valid"), lit(0L));
    Column rejected = col("_file_reason").isNotNull().and(kept.equalTo(0));
    return spark.createDataFrame(files, fileSchema).join(counts, Columns.seq(SilverTables.TENANT, "file"), "left").select(
        col(SilverTables.TENANT), col("source"), col("file"), col("file_checksum"), read.as("rows_read"),
        kept.as("rows_valid"), read.minus(kept).as("rows_quarantined"), current_timestamp().as("ingested_at"),
        coalesce(col("rows_warned"), lit(0L)).as("rows_warned"), lit(null).cast(DataTypes.LongType).as("rows_superseded"),
        when(rejected, lit(REJECTED)).otherwise(col("_looked_at")).as("status"),
        col("_duplicate_of").as("duplicate_of"),
        when(rejected, col("_file_reason"))
            .when(col("_duplicate_of").isNotNull(), concat(lit("same content as "), col("_duplicate_of"),
                lit(", ingested before; not read, so its rows are not counted twice")))
            .as("reason"));
  }
}
