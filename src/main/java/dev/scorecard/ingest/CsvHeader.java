package dev.scorecard.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The header row of a CSV file, matched by name against the source's declared columns: where each
 * declared column is, which are missing or repeated (the whole file is then rejected, with one
 * reason) and which columns the file has beyond them (ignored, with a warning on every row).
 */
final class CsvHeader {
  private static final String OTHER_DELIMITERS = ",;\t|";
  private static final int SHOWN = 80;

  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> missing;
  private final List<String> extra = new ArrayList<>();
  private final List<String> repeated = new ArrayList<>();
  private final int width;
  private final String text;
  private final String rejection;

  CsvHeader(RecordLayout layout, CSVRecord header, String text) {
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      if (index.put(name, i) != null && layout.names.contains(name) && !repeated.contains(name)) {
        repeated.add(name);
      }
      if (!layout.names.contains(name)) {
        extra.add(name.isEmpty() ? "(unnamed)" : name);
      }
    }
    this.missing = layout.names.stream().filter(n -> !index.containsKey(n)).toList();
    this.width = header.size();
    this.text = text;
    this.rejection = !missing.isEmpty() ? missingReason(layout.delimiter) : !repeated.isEmpty() ? repeatedReason() : null;
  }

  /** The number of fields each row should have. */
  int width() {
    return width;
  }

  /** The text of field {@code name} in {@code record}, or null when the file has no such field. */
  String field(CSVRecord record, String name) {
    Integer i = index.get(name);
    return i == null || i >= record.size() ? null : record.get(i);
  }

  /** Whether the file has each declared column exactly once, so its rows can be read. */
  boolean complete() {
    return rejection == null;
  }

  /** The one reason every row of a file without all declared columns is quarantined for; null when complete. */
  String rejection() {
    return rejection;
  }

  private String missingReason(char delimiter) {
    String columns = "file has no column " + String.join(", ", missing);
    char seems = width == 1 ? otherDelimiterIn(text, delimiter) : 0;
    if (seems != 0) {
      return columns + ": its header reads as one column '" + shortened(text) + "'; the file seems delimited by '"
          + shown(seems) + "' but the source declares delimiter '" + shown(delimiter) + "'";
    }
    return columns + " (its header is '" + shortened(text) + "'; check the header row and the delimiter '"
        + shown(delimiter) + "')";
  }

  /** Two columns of one name: which one holds the value is a guess, so the file is not read. */
  private String repeatedReason() {
    return "file has column " + String.join(", ", repeated) + " more than once (its header is '" + shortened(text)
        + "'; keep one of each)";
  }

  /** The warning each row of a file with undeclared columns carries, or null when there are none. */
  String extraWarning() {
    if (extra.isEmpty()) {
      return null;
    }
    return (extra.size() == 1 ? "extra column " : "extra columns ") + String.join(", ", extra)
        + " ignored (not declared in the source's columns)";
  }

  private static char otherDelimiterIn(String text, char declared) {
    for (char c : OTHER_DELIMITERS.toCharArray()) {
      if (c != declared && text.indexOf(c) >= 0) {
        return c;
      }
    }
    return 0;
  }

  private static String shortened(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
  }

  private static String shown(char delimiter) {
    return delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
  }
}
