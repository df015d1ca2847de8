package dev.scorecard.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a tenant's landing files: {@code <tenant dir>/<source>/<yyyy-MM>.<ext>}, one file per
 * source and calendar month. Files of a source's own extension left from an earlier run are
 * deleted first, so a shorter run does not leave stale months behind for the engine's glob.
 *
 * <p>An export the tenant's {@link Trouble} stops is delivered as a stopped export looks: the
 * month it stops in holds the rows up to its last day, later months have no file. The rows are
 * lost on the way to the landing only; the stores still add them to their totals, since the
 * store goes on trading and its causal model goes on reacting to what happened.
 */
final class LandingWriter implements Closeable {
  private final Path tenantDir;
  private final Map<String, Export> sources = new LinkedHashMap<>();
  private final Map<String, RowFile> open = new LinkedHashMap<>();
  /** Per source, the position of the date column in its rows. */
  private final Map<String, Integer> dateIndex = new LinkedHashMap<>();
  private final Trouble trouble;
  private long rows;
  private long files;

  LandingWriter(Path tenantDir, List<Export> exports, Trouble trouble) throws IOException {
    this.tenantDir = tenantDir;
    this.trouble = trouble;
    for (Export source : exports) {
      sources.put(source.id(), source);
      dateIndex.put(source.id(), source.dateIndex());
      Path dir = Files.createDirectories(tenantDir.resolve(source.id()));
      try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, "*." + source.extension())) {
        for (Path file : stale) {
          Files.delete(file);
        }
      }
    }
  }

  /** Closes the previous month's files and opens one file per source that delivers in {@code month}. */
  void startMonth(YearMonth month) throws IOException {
    closeOpen();
    for (Export source : sources.values()) {
      if (!trouble.delivers(source.id(), month.atDay(1))) {
        continue;
      }
      Path file = tenantDir.resolve(source.id()).resolve(month + "." + source.extension());
      open.put(source.id(), RowFile.open(file, source));
      files++;
    }
  }

  /** Appends one row, values in the source's column order, unless its export stopped before the row's date. */
  void row(String source, Object... values) throws IOException {
    Integer date = dateIndex.get(source);
    if (date != null && !trouble.delivers(source, (LocalDate) values[date])) {
      return;
    }
    RowFile file = open.get(source);
    if (file == null) {
      throw new IllegalStateException("No open file for source " + source + ": call startMonth first");
    }
    file.row(values);
  }

  long rowsWritten() {
    return rows + open.values().stream().mapToLong(RowFile::rows).sum();
  }

  long filesWritten() {
    return files;
  }

  @Override
  public void close() throws IOException {
    closeOpen();
  }

  private void closeOpen() throws IOException {
    for (RowFile file : open.values()) {
      rows += file.rows();
      file.close();
    }
    open.clear();
  }
}
