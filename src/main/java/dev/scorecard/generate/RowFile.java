package dev.scorecard.generate;

import dev.scorecard.config.SourceFormat;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;

/**
 * One landing file being written: rows in, bytes out, optionally gzipped. Subclasses decide the
 * format. Values are strings, numbers, booleans or dates (written ISO).
 */
abstract class RowFile implements Closeable {
  private final Writer writer;
  private long rows;

  RowFile(Path path, boolean gzip) throws IOException {
    OutputStream out = Files.newOutputStream(path);
    // GZIPOutputStream writes mtime 0 and no file name, so the bytes depend on the rows alone.
    this.writer = new BufferedWriter(new OutputStreamWriter(gzip ? new GZIPOutputStream(out, 1 << 16) : out,
        StandardCharsets.UTF_8), 1 << 16);
  }

  static RowFile open(Path path, Export source) throws IOException {
    return source.spec().format() == SourceFormat.CSV
        ? new CsvFile(path, source.gzip(), source.columnNames())
        : new JsonLinesFile(path, source.gzip(), source.columnNames());
  }

  final void row(Object... values) throws IOException {
    Object[] plain = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      plain[i] = plain(values[i]);
    }
    write(plain);
    rows++;
  }

  long rows() {
    return rows;
  }

  /** Writes one row whose values are strings, numbers (decimals at a fixed scale) or booleans. */
  abstract void write(Object[] values) throws IOException;

  Writer writer() {
    return writer;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  private static Object plain(Object value) {
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    return value;
  }
}
