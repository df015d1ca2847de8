package dev.scorecard.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scorecard.config.ColumnNames;
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

  /**
   * The lines of an incomplete file ({@link IncompleteFiles}), each a quarantined record with its
   * text and {@code reason} ({@link RejectedLines}): every line is accounted for, none is published.
   */
  static Iterator<ParsedRecord> rejected(RecordLayout layout, String fileName, InputStream in, String reason) {
    try {
      InputStream data = fileName.endsWith(".gz") ? new NoReadAhead(new GZIPInputStream(in)) : in;
      Reader reader = withoutBom(new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8)));
      return new RejectedLines(reader, layout.format == SourceFormat.CSV, layout.width(), reason);
    } catch (IOException e) {
      return List.of(new ParsedRecord(1, "", new Object[layout.width()], List.of(reason))).iterator();
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

  /** A line with nothing but spaces: no record, and no header either. */
  private static boolean blank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isBlank();
  }

  private static ParsedRecord csvRecord(RecordLayout layout, CSVFormat format, CSVRecord record, long line,
      CsvHeader header) {
    String raw = format.format((Object[]) record.values());
    List<String> reasons = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (!header.complete()) {
      return new ParsedRecord(line, raw, new Object[layout.width()], List.of(header.rejection()));
    }
    String tooLong = Evidence.tooLong(raw);
    if (tooLong != null) {
      return new ParsedRecord(line, raw, new Object[layout.width()], List.of(tooLong));
    }
    Optional<String> nul = TextDamage.nul(raw);
    if (nul.isPresent()) {
      return new ParsedRecord(line, raw, new Object[layout.width()], List.of(nul.get()));
    }
    TextDamage.encoding(raw).ifPresent(reasons::add);
    if (record.size() != header.width()) {
      reasons.add("has " + record.size() + " fields where the header has " + header.width());
    }
    Object[] values = RecordValues.typed(layout, i -> header.field(record, i), reasons, warnings);
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
    String tooLong = Evidence.tooLong(text);
    if (tooLong != null) {
      return new ParsedRecord(line, text, new Object[layout.width()], List.of(tooLong));
    }
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
    Object[] values = RecordValues.typed(layout, i -> {
      JsonNode field = jsonField(node, layout.headers.get(i));
      return field == null || field.isNull() ? null : field.isValueNode() ? field.asText() : field.toString();
    }, reasons, warnings);
    return new ParsedRecord(line, text, values, reasons, warnings);
  }

  /** The field named {@code header}: exactly, else ignoring case and surrounding spaces. */
  private static JsonNode jsonField(JsonNode node, String header) {
    JsonNode exact = node.get(header);
    if (exact != null) {
      return exact;
    }
    String loose = ColumnNames.loose(header);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (ColumnNames.loose(name).equals(loose)) {
        return node.get(name);
      }
    }
    return null;
  }
}
