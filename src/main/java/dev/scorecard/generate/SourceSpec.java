package dev.scorecard.generate;

import java.util.Arrays;
import java.util.List;

/**
 * One export a tenant delivers: its folder, file format and columns. The same value drives the
 * files the generator writes and the {@code sources} entry of the tenant YAML, so the two
 * cannot disagree.
 *
 * @param locationColumn the column naming each row's location, or null for a single-site source
 * @param fixedLocation the location of every row when there is no location column
 */
record SourceSpec(String id, String description, Format format, boolean gzip, List<Column> columns,
    List<String> businessKey, String dateColumn, String locationColumn, String fixedLocation) {

  /** The file formats the engine reads. */
  enum Format { CSV, JSONL }

  /** A column and its engine type ({@code string}, {@code int}, {@code double}, {@code date}, ...). */
  record Column(String name, String type) {}

  /**
   * A source from a compact column list such as {@code "business_date date, location_id string"}.
   * {@code location} is the location column when it names one, else the fixed location id.
   */
  static SourceSpec of(String id, String description, Format format, boolean gzip, String columns,
      String key, String location) {
    List<Column> parsed = Arrays.stream(columns.split(","))
        .map(c -> c.trim().split("\\s+"))
        .map(p -> new Column(p[0], p[1]))
        .toList();
    boolean isColumn = parsed.stream().anyMatch(c -> c.name().equals(location));
    String dateColumn = parsed.stream().filter(c -> c.type().equals("date")).findFirst()
        .map(Column::name).orElseThrow(() -> new IllegalArgumentException("No date column in " + id));
    return new SourceSpec(id, description, format, gzip, parsed, List.of(key.split(",\\s*")), dateColumn,
        isColumn ? location : null, isColumn ? null : location);
  }

  List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** The file name ending, such as {@code csv.gz} or {@code jsonl}. */
  String extension() {
    return format.name().toLowerCase(java.util.Locale.ROOT) + (gzip ? ".gz" : "");
  }

  /** The glob the YAML declares, relative to the tenant's landing folder. */
  String path() {
    return id + "/*." + extension();
  }
}
