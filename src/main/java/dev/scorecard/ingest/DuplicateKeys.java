package dev.scorecard.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Quarantines every usable record of a file whose business key an earlier usable record of the
 * same file already had: an export should not repeat a key, and the first line wins. A file is
 * read whole by one task, so this needs no shuffle; it keeps each key of the file once in memory.
 * A key delivered again in another file is not an error ({@link Deliveries}).
 */
final class DuplicateKeys implements Iterator<ParsedRecord> {
  private final Iterator<ParsedRecord> records;
  private final int[] keyIndexes;
  private final Map<String, Long> firstLine = new HashMap<>();

  DuplicateKeys(Iterator<ParsedRecord> records, int[] keyIndexes) {
    this.records = records;
    this.keyIndexes = keyIndexes;
  }

  @Override
  public boolean hasNext() {
    return records.hasNext();
  }

  @Override
  public ParsedRecord next() {
    ParsedRecord record = records.next();
    if (keyIndexes.length == 0 || !record.valid()) {
      return record;
    }
    String key = key(record.values());
    Long first = firstLine.putIfAbsent(key, record.line());
    if (first == null) {
      return record;
    }
    List<String> reasons = new ArrayList<>(List.of(
        "duplicate business key " + key + " within the file (first at line " + first + ")"));
    return new ParsedRecord(record.line(), record.raw(), record.values(), reasons, record.warnings());
  }

  private String key(Object[] values) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < keyIndexes.length; i++) {
      Object v = values[keyIndexes[i]];
      key.append(i == 0 ? "" : "|").append(v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v));
    }
    return key.toString();
  }
}
