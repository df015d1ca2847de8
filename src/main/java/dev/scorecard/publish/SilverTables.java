package dev.scorecard.publish;

import dev.scorecard.config.ColumnType;
import dev.scorecard.config.SourceSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The silver tables: a source's valid rows as ingested, typed, with where each came from.
 *
 * <p>Tenants whose source declares the same columns and types share one table, partitioned by
 * {@code tenant_id}, named after the source and its columns ({@code silver/pos_daily-3f9a2c1b}):
 * a franchise platform's hundred tenants with one POS export layout write one table in one commit
 * a night, not a hundred. A tenant that changes its columns moves to another table.
 *
 * <p>Columns: {@code tenant_id}, the declared columns with their types, then the row's location id
 * (from its location column, or the source's fixed location), file, line, the warnings the row was
 * kept with (broken {@code warn} rules, ignored extra columns; empty for most), and when its file
 * was delivered (epoch milliseconds), which decides between two deliveries of one business key.
 */
public final class SilverTables {
  public static final String TENANT = "tenant_id";
  public static final String LOCATION = "_location_id";
  public static final String FILE = "_file";
  public static final String LINE = "_line";
  public static final String WARNINGS = "_warnings";
  public static final String DELIVERED = "_delivered_at";

  private SilverTables() {}

  public static StructType schema(SourceSpec source) {
    StructType schema = new StructType().add(TENANT, DataTypes.StringType, false);
    for (Map.Entry<String, ColumnType> column : source.columns().entrySet()) {
      schema = schema.add(column.getKey(), type(column.getValue()));
    }
    return schema.add(LOCATION, DataTypes.StringType).add(FILE, DataTypes.StringType).add(LINE, DataTypes.LongType)
        .add(WARNINGS, DataTypes.createArrayType(DataTypes.StringType), false).add(DELIVERED, DataTypes.LongType);
  }

  /** The folder of the source's silver table under {@code <warehouse>/silver/}: its id and a digest of its schema. */
  public static String name(SourceSpec source) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(schema(source).toDDL().getBytes(StandardCharsets.UTF_8));
      return source.id() + "-" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Spark type a declared column type is stored as. */
  public static DataType type(ColumnType type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case DECIMAL -> DataTypes.createDecimalType(38, 10);
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      case TIMESTAMP -> DataTypes.TimestampType;
    };
  }
}
