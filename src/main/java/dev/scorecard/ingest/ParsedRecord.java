package dev.scorecard.ingest;

import java.util.List;

/**
 * One record of a raw file after parsing: where it stood, its text, its typed values (in the
 * layout's column order, then the location id) and every reason it cannot be used.
 */
record ParsedRecord(long line, String raw, Object[] values, List<String> reasons) {
  boolean valid() {
    return reasons.isEmpty();
  }
}
