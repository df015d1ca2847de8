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
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses one raw file (CSV or JSON Lines, gzipped when its name ends in {@code .gz}, UTF-8 with or
 * without a byte-order mark) into {@link ParsedRecord}s. Never throws for bad content: every record
 * comes out, with the reasons it is unusable, so the caller can quarantine it.
 */
final class RecordParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordParser() {}

  static Iterator<ParsedRecord> parse(RecordLayout layout, String fileName, InputStream in) {
    int width = layout.names.size() + 1;
    try {
      InputStream data = fileName.endsWith(".gz") ? new GZIPInputStream(in) : in;
      Reader reader = withoutBom(new InputStreamReader(data, StandardCharsets.UTF_8));
      Iterator<ParsedRecord> records = layout.format == SourceFormat.CSV ? csv(layout, reader) : jsonLines(layout, reader);
      return new UnreadableTail(records, width);
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
    CSVRecord header = null;
    while ((header == null || blank(header)) && records.hasNext()) {
      header = records.next();
    }
    if (header == null || blank(header)) {
      return List.<ParsedRecord>of().iterator();
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.put(header.get(i).strip(), i);
    }
    List<String> missing = layout.names.stream().filter(n -> !index.containsKey(n)).toList();
    int width = header.size();
    AtomicLong previousEnd = new AtomicLong(parser.getCurrentLineNumber());
    return Stream.generate(() -> records.hasNext() ? records.next() : null)
        .takeWhile(r -> r != null)
        .map(r -> {
          long line = previousEnd.get() + 1;
          previousEnd.set(parser.getCurrentLineNumber());
          return blank(r) ? null : csvRecord(layout, format, r, line, width, index, missing);
        })
        .filter(r -> r != null)
        .iterator();
  }

  private static boolean blank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }

  private static ParsedRecord csvRecord(RecordLayout layout, CSVFormat format, CSVRecord record, long line, int width,
      Map<String, Integer> index, List<String> missing) {
    List<String> reasons = new ArrayList<>();
    String raw = format.format((Object[]) record.values());
    if (!missing.isEmpty()) {
      reasons.add("file has no column " + String.join(", ", missing) + " (check the header row and the delimiter)");
    }
    if (record.size() != width) {
      reasons.add("has " + record.size() + " fields where the header has " + width);
    }
    Object[] values = typed(layout, name -> {
      Integer i = index.get(name);
      return i == null || i >= record.size() ? null : record.get(i);
    }, reasons);
    return new ParsedRecord(line, raw, values, reasons);
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
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      reasons.add("not valid JSON: " + e.getOriginalMessage());
      return new ParsedRecord(line, text, new Object[layout.names.size() + 1], reasons);
    }
    if (!node.isObject()) {
      reasons.add("not a JSON object");
      return new ParsedRecord(line, text, new Object[layout.names.size() + 1], reasons);
    }
    Object[] values = typed(layout, name -> {
      JsonNode field = node.get(name);
      return field == null || field.isNull() ? null : field.isValueNode() ? field.asText() : field.toString();
    }, reasons);
    return new ParsedRecord(line, text, values, reasons);
  }

  /** The layout's columns as typed values, then the row's location id, with a reason per bad field. */
  private static Object[] typed(RecordLayout layout, java.util.function.Function<String, String> field, List<String> reasons) {
    Object[] values = new Object[layout.names.size() + 1];
    for (int i = 0; i < layout.names.size(); i++) {
      String name = layout.names.get(i);
      String text = field.apply(name);
      try {
        values[i] = ValueParser.parse(layout.types.get(i), text);
      } catch (IllegalArgumentException e) {
        reasons.add(name + ": " + e.getMessage());
        continue;
      }
      if (values[i] == null && layout.required.contains(name)) {
        reasons.add(name + ": is required but empty");
      }
    }
    String location = layout.fixedLocation != null ? layout.fixedLocation
        : (String) values[layout.names.indexOf(layout.locationColumn)];
    if (location != null && !layout.locations.contains(location)) {
      reasons.add("unknown location '" + location + "' (not in the tenant's hierarchy)");
    }
    values[layout.names.size()] = location;
    return values;
  }
}
