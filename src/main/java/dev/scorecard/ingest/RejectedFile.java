package dev.scorecard.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The records of a file rejected whole (its header lacks declared columns): each already carries
 * the one reason. A file with no data rows yields its header line as the one rejected record
 * instead, so the rejection shows in quarantine and audit rather than passing as an empty file.
 */
final class RejectedFile implements Iterator<ParsedRecord> {
  private final Iterator<ParsedRecord> rows;
  private ParsedRecord header;
  private boolean any;

  RejectedFile(Iterator<ParsedRecord> rows, ParsedRecord header) {
    this.rows = rows;
    this.header = header;
  }

  @Override
  public boolean hasNext() {
    return rows.hasNext() || (!any && header != null);
  }

  @Override
  public ParsedRecord next() {
    if (rows.hasNext()) {
      any = true;
      return rows.next();
    }
    if (any || header == null) {
      throw new NoSuchElementException();
    }
    ParsedRecord only = header;
    header = null;
    return only;
  }
}
