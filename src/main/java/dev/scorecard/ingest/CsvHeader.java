package dev.scorecard.ingest;

import dev.scorecard.config.ColumnNames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.apache.commons.csv.CSVRecord;

/**
 * The header row of a CSV file, matched by name against the source's declared columns (exactly,
 * else ignoring case and surrounding spaces): where each declared column is, which are missing or
 * repeated (the whole file is then rejected, with one reason, naming the nearest header of a
 * missing one) and which columns the file has beyond them (ignored, with a warning on every row).
 */
final class CsvHeader {
  private static final String OTHER_DELIMITERS = ",;\t|";
  private static final int SHOWN = 80;

  /** Where each declared column stands in the file, by the column's index in the layout; -1 when missing. */
  private final int[] positions;
  private final List<String> missing = new ArrayList<>();
  private final List<String> extra = new ArrayList<>();
  private final List<String> repeated = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final int width;
  private final String text;
  private final String rejection;

  CsvHeader(RecordLayout layout, CSVRecord header, String text) {
    header.forEach(name -> names.add(name.strip()));
    this.positions = new int[layout.headers.size()];
    boolean[] used = new boolean[names.size()];
    for (int c = 0; c < positions.length; c++) {
      String declared = layout.headers.get(c);
      List<Integer> at = matches(declared, String::equals);
      if (at.isEmpty()) {
        at = matches(ColumnNames.loose(declared), (name, loose) -> ColumnNames.loose(name).equals(loose));
      }
      positions[c] = at.isEmpty() ? -1 : at.get(0);
      at.forEach(i -> used[i] = true);
      if (at.isEmpty()) {
        missing.add(declared);
      } else if (at.size() > 1) {
        repeated.add(declared);
      }
    }
    for (int i = 0; i < names.size(); i++) {
      if (!used[i]) {
        extra.add(names.get(i).isEmpty() ? "(unnamed)" : names.get(i));
      }
    }
    this.width = header.size();
    this.text = text;
    this.rejection = !missing.isEmpty() ? missingReason(layout.delimiter) : !repeated.isEmpty() ? repeatedReason() : null;
  }

  /** The indexes of the file's columns whose name matches {@code wanted}. */
  private List<Integer> matches(String wanted, BiPredicate<String, String> matching) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (matching.test(names.get(i), wanted)) {
        at.add(i);
      }
    }
    return at;
  }

  /** The number of fields each row should have. */
  int width() {
    return width;
  }

  /** The text of declared column {@code column} in {@code record}, or null when the record has no such field. */
  String field(CSVRecord record, int column) {
    int i = positions[column];
    return i < 0 || i >= record.size() ? null : record.get(i);
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
    String columns = "file has no column " + String.join(", ", missing.stream().map(this::withNearest).toList());
    char seems = width == 1 ? otherDelimiterIn(text, delimiter) : 0;
    if (seems != 0) {
      return columns + ": its header reads as one column '" + shortened(text) + "'; the file seems delimited by '"
          + shown(seems) + "' but the source declares delimiter '" + shown(delimiter) + "'";
    }
    return columns + " (its header is '" + shortened(text) + "'; check the header row and the delimiter '"
        + shown(delimiter) + "')";
  }

  /** A missing column's name, with the file's nearest header when one is near enough to be a slip. */
  private String withNearest(String declared) {
    return ColumnNames.nearest(declared, names).map(n -> declared + " (nearest header: '" + n + "')").orElse(declared);
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
