package dev.scorecard.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Holds every write to its table's schema, by type: a stage whose column drifted to another type,
 * went missing or appeared unannounced fails the write with the column and both types named,
 * rather than silently changing a table analysts query.
 */
final class TableSchemas {
  private TableSchemas() {}

  /** The rows in the table's column order; fails when they do not have exactly its columns and types. */
  static Dataset<Row> conform(String table, StructType expected, Dataset<Row> rows) {
    StructType actual = rows.schema();
    List<String> problems = new ArrayList<>();
    for (StructField want : expected.fields()) {
      StructField have = field(actual, want.name());
      if (have == null) {
        problems.add("column " + want.name() + " (" + want.dataType().simpleString() + ") is missing");
      } else if (!have.dataType().equals(want.dataType())) {
        problems.add("column " + want.name() + " is " + have.dataType().simpleString() + " where the table's schema says "
            + want.dataType().simpleString());
      }
    }
    Set<String> known = Set.of(expected.fieldNames());
    for (String name : actual.fieldNames()) {
      if (!known.contains(name)) {
        problems.add("column " + name + " is not in the table's schema");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Cannot write " + table + ": " + String.join("; ", problems));
    }
    return rows.select(columns(expected));
  }

  /**
   * What an existing table lacks of {@code expected} (columns a newer version added), to be added
   * before writing; fails when a column it has holds another type.
   */
  static List<StructField> missingIn(String table, String path, StructType existing, StructType expected) {
    List<StructField> missing = new ArrayList<>();
    for (StructField want : expected.fields()) {
      StructField have = field(existing, want.name());
      if (have == null) {
        missing.add(want);
      } else if (!have.dataType().equals(want.dataType())) {
        throw new IllegalStateException(String.format("The table %s at %s has column %s as %s, but this version writes %s:"
            + " it was written by another version of the engine. Move the table away and run `scorecard run --full` to"
            + " rebuild it.", table, path, want.name(), have.dataType().simpleString(), want.dataType().simpleString()));
      }
    }
    return missing;
  }

  /** {@code ALTER TABLE ... ADD COLUMNS} text for {@code columns}. */
  static String addColumns(String path, List<StructField> columns) {
    return "ALTER TABLE delta.`" + path.replace("`", "``") + "` ADD COLUMNS ("
        + columns.stream().map(f -> "`" + f.name() + "` " + f.dataType().sql()).collect(Collectors.joining(", ")) + ")";
  }

  private static StructField field(StructType schema, String name) {
    for (StructField f : schema.fields()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  private static Column[] columns(StructType schema) {
    return java.util.Arrays.stream(schema.fieldNames()).map(functions::col).toArray(Column[]::new);
  }
}
