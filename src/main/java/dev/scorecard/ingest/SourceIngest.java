package dev.scorecard.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.array;

import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.spark.Columns;
import java.io.InputStream;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.broadcast.Broadcast;

/**
 * Reads one source's files with Spark: each file is parsed by {@link RecordParser} on an
 * executor, every record is kept with its file, line and reasons, and the records are split into
 * silver rows, quarantine rows and a per-file audit. A business key seen twice in one file keeps
 * its first line; the later lines are quarantined (an export should not repeat a key). A key
 * delivered again in another file is not an error: {@link Deliveries} keeps the latest delivery.
 */
final class SourceIngest {
  private static final String FILE = SilverSchema.FILE;
  private static final String LINE = SilverSchema.LINE;
  private static final String LOCATION = SilverSchema.LOCATION;
  private static final String RAW = "_raw";
  private static final String REASONS = "_reasons";
  private static final String WARNINGS = SilverSchema.WARNINGS;
  /** Delivery order of a record: its file's index in path order (high 32 bits), then its line. */
  private static final String ORDER = "_order";

  private SourceIngest() {}

  static SourceBatch ingest(SparkSession spark, TenantConfig tenant, SourceSpec source, List<LandingFile> files) {
    RecordLayout layout = new RecordLayout(tenant, source);
    StructType schema = parsedSchema(source);
    Dataset<Row> parsed = files.isEmpty()
        ? spark.createDataFrame(List.of(), schema)
        : spark.createDataFrame(parse(spark, layout, files), schema);
    Dataset<Row> checked = withDuplicateReasons(parsed, source).persist(StorageLevel.MEMORY_AND_DISK());
    return new SourceBatch(source.id(), files, silver(checked, source), quarantine(checked, tenant, source),
        audit(spark, checked, tenant, source, files));
  }

  private static StructType parsedSchema(SourceSpec source) {
    StructType schema = new StructType()
        .add(FILE, DataTypes.StringType, false)
        .add(LINE, DataTypes.LongType, false)
        .add(ORDER, DataTypes.LongType, false)
        .add(SilverSchema.DELIVERED, DataTypes.LongType, false)
        .add(RAW, DataTypes.StringType)
        .add(REASONS, DataTypes.createArrayType(DataTypes.StringType), false)
        .add(WARNINGS, DataTypes.createArrayType(DataTypes.StringType), false);
    for (Map.Entry<String, dev.scorecard.config.ColumnType> column : source.columns().entrySet()) {
      schema = schema.add(column.getKey(), SparkTypes.of(column.getValue()));
    }
    return schema.add(LOCATION, DataTypes.StringType);
  }

  /**
   * Parses the files on the executors, several files per task. Each file is opened by its exact
   * URI through Hadoop's file system API (the driver's Hadoop configuration is broadcast), so no
   * file name is ever read as a pattern or a list.
   */
  private static JavaRDD<Row> parse(SparkSession spark, RecordLayout layout, List<LandingFile> files) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> hadoop = jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
    int slices = Math.max(1, Math.min(files.size(), 4 * jsc.defaultParallelism()));
    return jsc.parallelize(files, slices).zipWithIndex().flatMap(indexed -> {
      LandingFile file = indexed._1();
      Path path = new Path(URI.create(file.uri()));
      InputStream in = path.getFileSystem(hadoop.value().value()).open(path);
      Iterator<ParsedRecord> records = RecordParser.parse(layout, file.relativePath(), in);
      return new ClosingIterator<>(records, in, r -> toRow(file, indexed._2(), r));
    });
  }

  private static Row toRow(LandingFile file, long fileIndex, ParsedRecord record) {
    Object[] values = new Object[record.values().length + 7];
    values[0] = file.relativePath();
    values[1] = record.line();
    values[2] = (fileIndex << 32) | record.line();
    values[3] = file.deliveredAt();
    values[4] = record.raw();
    values[5] = scala.jdk.javaapi.CollectionConverters.asScala(record.reasons()).toSeq();
    values[6] = scala.jdk.javaapi.CollectionConverters.asScala(record.warnings()).toSeq();
    System.arraycopy(record.values(), 0, values, 7, record.values().length);
    return RowFactory.create(values);
  }

  /**
   * Marks every line of a business key after its first in the same file as a duplicate. Only the
   * key columns are shuffled to find the repeated keys, usually none or few; the rows themselves
   * meet them in a join that adaptive execution broadcasts.
   */
  private static Dataset<Row> withDuplicateReasons(Dataset<Row> parsed, SourceSpec source) {
    if (source.businessKey().isEmpty()) {
      return parsed;
    }
    String[] key = source.businessKey().toArray(String[]::new);
    String[] keyInFile = java.util.stream.Stream.concat(source.businessKey().stream(), java.util.stream.Stream.of(FILE))
        .toArray(String[]::new);
    Column usable = size(col(REASONS)).equalTo(0);
    Dataset<Row> repeated = parsed.filter(usable)
        .groupBy(Columns.of(keyInFile))
        .agg(count(lit(1)).as("_deliveries"), min(col(ORDER)).as("_first"))
        .filter(col("_deliveries").gt(1));
    Column later = col("_first").isNotNull().and(usable).and(col(ORDER).notEqual(col("_first")));
    Column firstLine = col("_first").bitwiseAND(0xFFFFFFFFL);
    Column duplicate = format_string("duplicate business key %s within the file (first at line %d)",
        concat_ws("|", Columns.of(key)), firstLine);
    return parsed.join(repeated, Columns.seq(keyInFile), "left")
        .withColumn(REASONS, when(later, array(duplicate)).otherwise(col(REASONS)))
        .drop("_deliveries", "_first");
  }

  private static Dataset<Row> silver(Dataset<Row> checked, SourceSpec source) {
    Column[] columns = java.util.Arrays.stream(SilverSchema.of(source).fieldNames()).map(c -> col(c)).toArray(Column[]::new);
    return checked.filter(size(col(REASONS)).equalTo(0)).select(columns);
  }

  private static Dataset<Row> quarantine(Dataset<Row> checked, TenantConfig tenant, SourceSpec source) {
    return checked.filter(size(col(REASONS)).gt(0)).select(
        lit(tenant.tenantId()).as("tenant_id"), lit(source.id()).as("source"), col(FILE).as("file"),
        col(LINE).as("line"), col(RAW).as("raw_record"), concat_ws("; ", col(REASONS)).as("reason"));
  }

  private static Dataset<Row> audit(SparkSession spark, Dataset<Row> checked, TenantConfig tenant, SourceSpec source,
      List<LandingFile> files) {
    Dataset<Row> counts = checked.groupBy(col(FILE)).agg(
        count(lit(1)).as("rows_read"),
        sum(when(size(col(REASONS)).equalTo(0), 1L).otherwise(0L)).as("rows_valid"),
        sum(when(size(col(REASONS)).equalTo(0).and(size(col(WARNINGS)).gt(0)), 1L).otherwise(0L)).as("rows_warned"));
    StructType fileSchema = new StructType().add(FILE, DataTypes.StringType).add("file_checksum", DataTypes.StringType);
    List<Row> fileRows = files.stream().map(f -> RowFactory.create(f.relativePath(), f.checksum())).toList();
    Column read = coalesce(col("rows_read"), lit(0L));
    Column valid = coalesce(col("rows_valid"), lit(0L));
    Column warned = coalesce(col("rows_warned"), lit(0L));
    return spark.createDataFrame(fileRows, fileSchema).join(counts, FILE, "left").select(
        lit(tenant.tenantId()).as("tenant_id"), lit(source.id()).as("source"), col(FILE).as("file"),
        col("file_checksum"), read.as("rows_read"), valid.as("rows_valid"), read.minus(valid).as("rows_quarantined"),
        warned.as("rows_warned"), current_timestamp().as("ingested_at"));
  }
}
