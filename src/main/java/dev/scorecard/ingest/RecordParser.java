package dev.scorecard.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scorecard.config.SourceFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses one raw file (CSV or JSON Lines, gzipped when its name ends in {@code .gz}, UTF-8 with or
 * without a byte-order mark) into {@link ParsedRecord}s. Never throws for bad content: every record
 * comes out, with the reasons it is unusable (a repeated business key among them,
 * {@link DuplicateKeys}), so the caller can quarantine it.
 */
final class RecordParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordParser() {}

  static Iterator<ParsedRecord> parse(RecordLayout layout, String fileName, InputStream in) {
    int width = layout.width();
    try {
      InputStream data = fileName.endsWith(".gz") ? new NoReadAhead(new GZIPInputStream(in)) : in;
      Reader reader = withoutBom(new InputStreamReader(data, StandardCharsets.UTF_8));
      Iterator<ParsedRecord> records = layout.format == SourceFormat.CSV ? csv(layout, reader) : jsonLines(layout, reader);
      return new DuplicateKeys(new UnreadableTail(records, width), layout.keyIndexes);
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of(UnreadableTail.unreadable(1, width, e)).iterator();
    }
  }

  private static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }

  private static Iterator<ParsedRecord> csv(RecordLayout layout, Reader reader) throws IOException {
    // Blank lines come through as records (and are dropped below) so that line numbers stay exact.
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(layout.delimiter).setIgnoreEmptyLines(false).get();
    CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
    Iterator<CSVRecord> records = parser.iterator();
    CSVRecord first = null;
    long headerLine = 0;
    long consumed = 0;
    while ((first == null || blank(first)) && records.hasNext()) {
      first = records.next();
      headerLine = consumed + 1;
      consumed = parser.getCurrentLineNumber();
    }
    if (first == null || blank(first)) {
      return List.<ParsedRecord>of().iterator();
    }
    String headerText = format.format((Object[]) first.values());
    CsvHeader header = new CsvHeader(layout, first, headerText);
    AtomicLong previousEnd = new AtomicLong(parser.getCurrentLineNumber());
    Iterator<ParsedRecord> rows = Stream.generate(() -> records.hasNext() ? records.next() : null)
        .takeWhile(r -> r != null)
        .map(r -> {
          long line = previousEnd.get() + 1;
          previousEnd.set(parser.getCurrentLineNumber());
          return blank(r) ? null : csvRecord(layout, format, r, line, header);
        })
        .filter(r -> r != null)
        .iterator();
    return header.complete() ? rows
        : new RejectedFile(rows, new ParsedRecord(headerLine, headerText, new Object[layout.width()], List.of(header.rejection())));
  }

  private static boolean blank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }

  private static ParsedRecord csvRecord(RecordLayout layout, CSVFormat format, CSVRecord record, long line,
      CsvHeader header) {
    String raw = format.format((Object[]) record.values());
    List<String> reasons = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (!header.complete()) {
      return new ParsedRecord(line, raw, new Object[layout.width()], List.of(header.rejection()));
    }
    Optional<String> nul = TextDamage.nul(raw);
    if (nul.isPresent()) {
      return new ParsedRecord(line, raw, new Object[layout.width()], List.of(nul.get()));
    }
    TextDamage.encoding(raw).ifPresent(reasons::add);
    if (record.size() != header.width()) {
      reasons.add("has " + record.size() + " fields where the header has " + header.width());
    }
    Object[] values = RecordValues.typed(layout, name -> header.field(record, name), reasons, warnings);
    String extra = header.extraWarning();
    if (extra != null) {
      warnings.add(extra);
    }
    return new ParsedRecord(line, raw, values, reasons, warnings);
  }

  private static Iterator<ParsedRecord> jsonLines(RecordLayout layout, Reader reader) {
    BufferedReader lines = new BufferedReader(reader);
    AtomicLong number = new AtomicLong();
    return lines.lines()
        .map(text -> jsonRecord(layout, text, number.incrementAndGet()))
        .filter(r -> r != null)
        .iterator();
  }

  private static ParsedRecord jsonRecord(RecordLayout layout, String text, long line) {
    if (text.isBlank()) {
      return null;
    }
    List<String> reasons = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Optional<String> nul = TextDamage.nul(text);
    if (nul.isPresent()) {
      return new ParsedRecord(line, text, new Object[layout.width()], List.of(nul.get()));
    }
    TextDamage.encoding(text).ifPresent(reasons::add);
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      reasons.add("not valid JSON: " + e.getOriginalMessage());
      return new ParsedRecord(line, text, new Object[layout.width()], reasons);
    }
    if (!node.isObject()) {
      reasons.add("not a JSON object");
      return new ParsedRecord(line, text, new Object[layout.width()], reasons);
    }
    Object[] values = RecordValues.typed(layout, name -> {
      JsonNode field = node.get(name);
      return field == null || field.isNull() ? null : field.isValueNode() ? field.asText() : field.toString();
    }, reasons, warnings);
    return new ParsedRecord(line, text, values, reasons, warnings);
  }
}
