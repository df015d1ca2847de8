package dev.scorecard.ingest;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Wraps a file's records so that a read error part-way (a truncated gzip, a broken stream) ends the
 * file with one more record that carries the reason, instead of failing the whole Spark task: the
 * rows before it are kept, and the audit shows the file was not read to its end.
 */
final class UnreadableTail implements Iterator<ParsedRecord> {
  private final Iterator<ParsedRecord> records;
  private final int width;
  private ParsedRecord failure;
  private long lastLine;
  private boolean done;

  UnreadableTail(Iterator<ParsedRecord> records, int width) {
    this.records = records;
    this.width = width;
  }

  /** The record that stands for a file that could not be read at all or to its end. */
  static ParsedRecord unreadable(long line, int width, Exception e) {
    String reason = (line <= 1 ? "file cannot be read: " : "file cannot be read past this point: ") + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : " " + e.getMessage());
    return new ParsedRecord(line, "", new Object[width], List.of(reason));
  }

  @Override
  public boolean hasNext() {
    if (done) {
      return false;
    }
    if (failure != null) {
      return true;
    }
    try {
      if (records.hasNext()) {
        return true;
      }
      done = true;
      return false;
    } catch (UncheckedIOException e) {
      failure = unreadable(lastLine + 1, width, e.getCause());
      return true;
    }
  }

  @Override
  public ParsedRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (failure != null) {
      done = true;
      return failure;
    }
    ParsedRecord record = records.next();
    lastLine = record.line();
    return record;
  }
}
