package dev.scorecard.ingest;

import java.util.List;

/**
 * One record of a raw file after parsing: where it stood, its text, its typed values (in the
 * layout's column order, then the location id), every reason it cannot be used, and the warnings
 * of a usable record (broken {@code warn} rules, ignored extra columns). Warnings never decide
 * whether a record is valid.
 */
record ParsedRecord(long line, String raw, Object[] values, List<String> reasons, List<String> warnings) {
  ParsedRecord(long line, String raw, Object[] values, List<String> reasons) {
    this(line, raw, values, reasons, List.of());
  }

  boolean valid() {
    return reasons.isEmpty();
  }
}
