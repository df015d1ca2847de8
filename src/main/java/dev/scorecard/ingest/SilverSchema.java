package dev.scorecard.ingest;

import dev.scorecard.config.SourceSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of a source's silver table: its declared columns with their types, then the row's
 * location id (from its location column, or the source's fixed location), file, line, the
 * warnings the row was kept with (broken {@code warn} rules, ignored extra columns; empty for most),
 * and when its file was delivered ({@link LandingFile#deliveredAt()}), which decides between two
 * deliveries of one business key ({@link Deliveries}).
 */
public final class SilverSchema {
  public static final String LOCATION = "_location_id";
  public static final String FILE = "_file";
  public static final String LINE = "_line";
  public static final String WARNINGS = "_warnings";
  public static final String DELIVERED = "_delivered_at";

  private SilverSchema() {}

  public static StructType of(SourceSpec source) {
    StructType schema = new StructType();
    for (var column : source.columns().entrySet()) {
      schema = schema.add(column.getKey(), SparkTypes.of(column.getValue()));
    }
    return schema.add(LOCATION, DataTypes.StringType).add(FILE, DataTypes.StringType).add(LINE, DataTypes.LongType)
        .add(WARNINGS, DataTypes.createArrayType(DataTypes.StringType), false).add(DELIVERED, DataTypes.LongType);
  }
}
