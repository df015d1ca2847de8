package dev.scorecard.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The physical lines of an incomplete file, read lazily, each a record quarantined with one
 * reason. A CSV file's first non-blank line is its header, not a record; blank lines are skipped
 * but counted, so line numbers are the file's; the line the damage cuts is kept as far as it
 * could be read, and reading stops there.
 */
final class RejectedLines implements Iterator<ParsedRecord> {
  private final Reader reader;
  private final int width;
  private final String reason;
  private final StringBuilder line = new StringBuilder();
  private boolean headerAhead;
  private long number;
  private boolean ended;
  private ParsedRecord next;

  RejectedLines(Reader reader, boolean csv, int width, String reason) {
    this.reader = reader;
    this.headerAhead = csv;
    this.width = width;
    this.reason = reason;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !ended) {
      String text = readLine();
      if (text == null) {
        break;
      }
      if (text.isBlank()) {
        continue;
      }
      if (headerAhead) {
        headerAhead = false;
        continue;
      }
      next = new ParsedRecord(number, text, new Object[width], List.of(reason));
    }
    return next != null;
  }

  @Override
  public ParsedRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ParsedRecord record = next;
    next = null;
    return record;
  }

  /** The next line without its line end, or null after the last; a read error ends the file. */
  private String readLine() {
    line.setLength(0);
    try {
      for (int c = reader.read(); c != -1; c = reader.read()) {
        if (c == '\n') {
          number++;
          return withoutCr();
        }
        line.append((char) c);
      }
    } catch (IOException | RuntimeException e) {
      // The damage: what was read of this line is kept, nothing after it.
    }
    ended = true;
    close();
    if (line.isEmpty()) {
      return null;
    }
    number++;
    return withoutCr();
  }

  private String withoutCr() {
    int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
    return line.substring(0, end);
  }

  private void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // Closing a damaged stream may fail too; nothing more is read from it.
    }
  }
}
