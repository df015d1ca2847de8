package dev.scorecard.generate;

import dev.scorecard.config.ColumnType;
import dev.scorecard.config.ConfigEnum;
import dev.scorecard.config.NumberStyle;
import dev.scorecard.config.SourceFormat;
import dev.scorecard.config.SourceSpec;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One export a tenant delivers: the config's {@link SourceSpec} plus what only the generator
 * needs, a description for the YAML comment and whether files are gzipped. The same value drives
 * the files written and the {@code sources} entry of the config, so the two cannot disagree.
 */
record Export(SourceSpec spec, String description, boolean gzip) {

  /**
   * An export from a compact column list such as {@code "business_date date, location_id string"};
   * the first date column is the date column. {@code location} is the location column when it
   * names one, else the fixed location id.
   */
  static Export of(String id, String description, SourceFormat format, boolean gzip, String columns,
      String key, String location) {
    Map<String, ColumnType> parsed = columns(id, columns);
    boolean isColumn = parsed.containsKey(location);
    String dateColumn = parsed.entrySet().stream().filter(c -> c.getValue() == ColumnType.DATE).findFirst()
        .map(Map.Entry::getKey).orElseThrow(() -> new IllegalArgumentException("No date column in " + id));
    SourceSpec spec = new SourceSpec(id, id + "/*." + extension(format, gzip), format,
        SourceSpec.DELIMITER_DEFAULT, parsed, Map.of(), List.of(key.split(",\\s*")), dateColumn,
        isColumn ? Optional.of(location) : Optional.empty(), isColumn ? Optional.empty() : Optional.of(location),
        SourceSpec.MAX_BAD_RATIO_DEFAULT, Optional.empty(), NumberStyle.DEFAULT, List.of(), Map.of());
    return new Export(spec, description, gzip);
  }

  private static Map<String, ColumnType> columns(String id, String columns) {
    Map<String, ColumnType> parsed = new LinkedHashMap<>();
    for (String column : columns.split(",")) {
      String[] nameAndType = column.trim().split("\\s+");
      parsed.put(nameAndType[0], ConfigEnum.parse(ColumnType.class, nameAndType[1]).orElseThrow(
          () -> new IllegalArgumentException("Cannot find column type: " + nameAndType[1] + " in " + id)));
    }
    return Collections.unmodifiableMap(parsed);
  }

  String id() {
    return spec.id();
  }

  List<String> columnNames() {
    return List.copyOf(spec.columns().keySet());
  }

  /** The position of the date column in a row. */
  int dateIndex() {
    return columnNames().indexOf(spec.dateColumn());
  }

  /** The file name ending, such as {@code csv.gz} or {@code jsonl}. */
  String extension() {
    return extension(spec.format(), gzip);
  }

  private static String extension(SourceFormat format, boolean gzip) {
    return format.name().toLowerCase(Locale.ROOT) + (gzip ? ".gz" : "");
  }
}
