package dev.scorecard.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A landing file in CSV with a header row and {@code \n} line ends. */
final class CsvFile extends RowFile {
  private final CSVPrinter printer;

  CsvFile(Path path, boolean gzip, List<String> columns) throws IOException {
    super(path, gzip);
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setRecordSeparator("\n")
        .setHeader(columns.toArray(String[]::new))
        .get();
    this.printer = new CSVPrinter(writer(), format);
  }

  @Override
  void write(Object[] values) throws IOException {
    for (Object value : values) {
      printer.print(value instanceof BigDecimal decimal ? decimal.toPlainString() : value);
    }
    printer.println();
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
