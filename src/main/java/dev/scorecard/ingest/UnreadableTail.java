package dev.scorecard.ingest;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** How the reason of a file that cannot be read to its end starts. */
  static final String PREFIX = "file cannot be read";

  /** commons-csv's message; it groups the line number's digits by locale (1,234). */
  private static final Pattern OPEN_QUOTE =
      Pattern.compile("\\(startline ([\\d.,'\\s\u00a0\u202f]+)\\) EOF reached before encapsulated token finished");

  /** The record that stands for a file that could not be read at all or to its end. */
  static ParsedRecord unreadable(long line, int width, Exception e) {
    return new ParsedRecord(line, "", new Object[width], List.of(reason(line, e)));
  }

  static String reason(long line, Exception e) {
    String where = line <= 1 ? PREFIX + ": " : PREFIX + " past this point: ";
    Matcher quote = OPEN_QUOTE.matcher(String.valueOf(e.getMessage()));
    if (quote.find()) {
      return where + "a quoted field opened on line " + quote.group(1).replaceAll("\\D", "") + " is never closed (an unclosed quote, "
          + "or the file was cut off)";
    }
    return where + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
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
