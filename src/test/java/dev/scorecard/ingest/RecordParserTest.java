package dev.scorecard.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scorecard.config.ColumnType;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.testing.TenantFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Raw files of tenant {@code tiny}'s source {@code sales} (order_id, day, location_id, customer,
 * revenue, cost; key order_id; locations l1, l2, l3) and of a JSON Lines source, parsed from
 * memory. Values come out in the declared column order, then the row's location id.
 */
class RecordParserTest {
  private static final java.time.LocalDate AS_OF = IngestFixture.AS_OF;
  private static final String HEADER = "order_id,day,location_id,customer,revenue,cost\n";
  private static final String SHOP = """
      tenant_id: shop
      hierarchy:
        regions:
          - id: web
            locations:
              - { id: s1 }
      sources:
        events:
          path: "events/*.jsonl"
          format: jsonl
          columns: { id: string, day: date, qty: int, amount: double, paid: boolean, at: timestamp }
          business_key: [id]
          date_column: day
          location: s1
      perspectives:
        financial: { name: Financial }
      """;

  private static RecordLayout sales;
  private static RecordLayout events;
  private static RecordLayout corpusSales;

  @BeforeAll
  static void layouts(@TempDir Path conf) {
    TenantConfig tiny = TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml"));
    sales = new RecordLayout(tiny, tiny.sources().get("sales"), AS_OF);
    TenantConfig shop = TenantFixture.load(conf, "shop", SHOP);
    events = new RecordLayout(shop, shop.sources().get("events"), AS_OF);
    TenantConfig corpus = TenantFixture.load(conf, "corpus", TenantFixture.resource("/corpus/corpus.yaml"));
    corpusSales = new RecordLayout(corpus, corpus.sources().get("sales"), AS_OF);
  }

  @Test
  void aHeaderOnlyFileWithoutADeclaredColumnIsRejectedAtItsHeaderLine() throws IOException {
    List<ParsedRecord> records = csv("\norder_id,location_id\n\n");

    assertThat(records).singleElement().satisfies(r -> {
      assertRecord(r, 2, List.of("file has no column day, customer, revenue, cost (its header is 'order_id,location_id'; "
          + "check the header row and the delimiter ',')"), null, null, null, null, null, null, null);
      assertThat(r.raw()).isEqualTo("order_id,location_id");
    });
  }

  /** corpus' sales: net in 0..1000 (error), channel in [store, web] (warn), note required (warn), tenant column. */
  @Test
  void errorRulesGiveReasonsAndWarnRulesGiveWarnings() throws IOException {
    String header = "receipt_id,day,location_id,channel,net,note,tenant\n";
    List<ParsedRecord> records = parse(corpusSales, "sales/a.csv", (header
        + "R011,2025-03-01,l1,phone,-1,,other\n"
        + "R012,2025-03-01,l1,phone,5,,corpus\n").getBytes(UTF_8));

    assertThat(records).hasSize(2);
    assertThat(records.get(0).reasons()).containsExactly("belongs to tenant 'other', not 'corpus'", "net: -1 is below the minimum 0");
    assertThat(records.get(1).reasons()).isEmpty();
    assertThat(records.get(1).warnings()).containsExactly("channel: 'phone' is not one of [store, web]", "note: is required but empty");
    assertThat(records.get(1).values()).containsExactly("R012", LocalDate.of(2025, 3, 1), "l1", "phone", 5.0, null, "corpus", "l1");
  }

  @Test
  void goodFile() throws IOException {
    List<ParsedRecord> records = csv(HEADER
        + "o1,2025-04-02,l1,c1,100.5,60\n"
        + "o2,2025-04-03,l3,,200,80.25\n");

    assertThat(records).hasSize(2);
    assertRecord(records.get(0), 2, "o1", LocalDate.of(2025, 4, 2), "l1", "c1", 100.5, 60.0, "l1");
    assertThat(records.get(0).raw()).isEqualTo("o1,2025-04-02,l1,c1,100.5,60");
    assertRecord(records.get(1), 3, "o2", LocalDate.of(2025, 4, 3), "l3", null, 200.0, 80.25, "l3");
    assertThat(records.get(1).raw()).isEqualTo("o2,2025-04-03,l3,,200,80.25");
  }

  @Test
  void byteOrderMarkIsSkipped() throws IOException {
    List<ParsedRecord> records = csv("\uFEFF" + HEADER + "o1,2025-04-02,l1,c1,100.5,60\n");
    assertThat(records).singleElement().satisfies(r ->
        assertRecord(r, 2, "o1", LocalDate.of(2025, 4, 2), "l1", "c1", 100.5, 60.0, "l1"));
  }

  @Test
  void crlfLineEnds() throws IOException {
    List<ParsedRecord> records = csv(HEADER.replace("\n", "\r\n")
        + "o1,2025-04-02,l1,c1,100.5,60\r\n"
        + "o2,2025-04-03,l2,c2,200,80\r\n");
    assertThat(records).hasSize(2);
    assertRecord(records.get(0), 2, "o1", LocalDate.of(2025, 4, 2), "l1", "c1", 100.5, 60.0, "l1");
    assertRecord(records.get(1), 3, "o2", LocalDate.of(2025, 4, 3), "l2", "c2", 200.0, 80.0, "l2");
  }

  @Test
  void quotedFieldsWithCommaAndNewline() throws IOException {
    List<ParsedRecord> records = csv(HEADER                // line 1
        + "o1,2025-04-02,l1,\"Smith, J\",100,60\n"         // line 2
        + "o2,2025-04-03,l2,\"first line\n"                // line 3
        + "second line\",200,80\n"                         // line 4
        + "o3,2025-04-04,l3,c3,300,90\n");                 // line 5

    assertThat(records).hasSize(3);
    assertRecord(records.get(0), 2, "o1", LocalDate.of(2025, 4, 2), "l1", "Smith, J", 100.0, 60.0, "l1");
    assertThat(records.get(0).raw()).isEqualTo("o1,2025-04-02,l1,\"Smith, J\",100,60");
    assertRecord(records.get(1), 3, "o2", LocalDate.of(2025, 4, 3), "l2", "first line\nsecond line", 200.0, 80.0, "l2");
    assertThat(records.get(1).raw()).isEqualTo("o2,2025-04-03,l2,\"first line\nsecond line\",200,80");
    assertRecord(records.get(2), 5, "o3", LocalDate.of(2025, 4, 4), "l3", "c3", 300.0, 90.0, "l3");
  }

  @Test
  void blankLinesAreSkippedButCounted() throws IOException {
    List<ParsedRecord> records = csv(HEADER                // line 1
        + "o1,2025-04-02,l1,c1,100,60\n"                   // line 2
        + "\n"                                             // line 3
        + "o2,2025-04-03,l2,c2,200,80\n");                 // line 4

    assertThat(records).extracting(ParsedRecord::line).containsExactly(2L, 4L);
  }

  @Test
  void columnsAreMappedByHeaderNameWhateverTheirOrder() throws IOException {
    List<ParsedRecord> records = csv("revenue,location_id,note,cost,order_id,customer, day \n"
        + "100,l2,hello,60,o1,c1,2025-04-02\n");

    assertThat(records).singleElement().satisfies(r -> {
      assertRecord(r, 2, "o1", LocalDate.of(2025, 4, 2), "l2", "c1", 100.0, 60.0, "l2");
      assertThat(r.raw()).isEqualTo("100,l2,hello,60,o1,c1,2025-04-02");
    });
  }

  @Test
  void missingColumnsMakeEveryRowBad() throws IOException {
    List<ParsedRecord> records = csv("order_id,location_id,customer,revenue\n"
        + "o1,l1,c1,100\n"
        + "o2,l2,c2,200\n");

    List<String> reasons = List.of("file has no column day, cost (its header is "
        + "'order_id,location_id,customer,revenue'; check the header row and the delimiter ',')");
    assertThat(records).hasSize(2);
    assertRecord(records.get(0), 2, reasons, null, null, null, null, null, null, null);
    assertRecord(records.get(1), 3, reasons, null, null, null, null, null, null, null);
  }

  @Test
  void wrongDelimiterMissesEveryColumn() throws IOException {
    List<ParsedRecord> records = csv(HEADER.replace(',', ';') + "o1;2025-04-02;l1;c1;100;60\n");

    assertThat(records).singleElement().satisfies(r -> assertRecord(r, 2, List.of(
        "file has no column order_id, day, location_id, customer, revenue, cost: its header reads as one column "
            + "'order_id;day;location_id;customer;revenue;cost'; the file seems delimited by ';' but the source "
            + "declares delimiter ','"), null, null, null, null, null, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "o1,2024-13-45,l1,c1,100,60      | day: '2024-13-45' is not a valid date (expected YYYY-MM-DD)",
      "o1,2023-02-29,l1,c1,100,60      | day: '2023-02-29' is not a valid date (expected YYYY-MM-DD)",
      "o1,2025-04-02,l1,c1,12abc,60    | revenue: '12abc' is not a valid double",
      "o1,2025-04-02,l1,c1,100,NaN     | cost: 'NaN' is not a valid double",
      "',2025-04-02,l1,c1,100,60'      | order_id: is required but empty",
      "'  ,2025-04-02,l1,c1,100,60'    | order_id: is required but empty",
      "o1,,l1,c1,100,60                | day: is required but empty",
      "o1,2025-04-02,l9,c1,100,60      | unknown location 'l9' (not in the tenant's hierarchy; did you mean 'l1'?)",
      "o1,2025-04-02,l1,c1,100,60,x    | has 7 fields where the header has 6",
      "o1,2025-04-02,l1                | has 3 fields where the header has 6",
  })
  void badRowHasOneReason(String row, String reason) throws IOException {
    List<ParsedRecord> records = csv(HEADER + "o0,2025-04-01,l1,c0,1,1\n" + row + "\n");

    assertThat(records).hasSize(2);
    assertThat(records.get(0).reasons()).isEmpty();
    assertThat(records.get(1).line()).isEqualTo(3);
    assertThat(records.get(1).reasons()).containsExactly(reason);
    assertThat(records.get(1).valid()).isFalse();
  }

  @Test
  void badFieldIsNullAndOtherFieldsAreStillTyped() throws IOException {
    List<ParsedRecord> records = csv(HEADER + "o1,2024-13-45,l1,c1,12abc,60\n");
    assertThat(records.get(0).values()).containsExactly("o1", null, "l1", "c1", null, 60.0, "l1");
  }

  @Test
  void everyReasonOfARowIsListed() throws IOException {
    List<ParsedRecord> records = csv(HEADER + ",2024-13-45,l9,c1,12abc,60\n");

    assertThat(records).singleElement().satisfies(r -> assertThat(r.reasons()).containsExactly(
        "order_id: is required but empty",
        "day: '2024-13-45' is not a valid date (expected YYYY-MM-DD)",
        "revenue: '12abc' is not a valid double",
        "unknown location 'l9' (not in the tenant's hierarchy; did you mean 'l1'?)"));
  }

  @Test
  void emptyAndHeaderOnlyFilesHaveNoRecords() throws IOException {
    assertThat(csv("")).isEmpty();
    assertThat(csv(HEADER)).isEmpty();
    assertThat(csv(HEADER.strip())).isEmpty();
    assertThat(csv("\uFEFF" + HEADER)).isEmpty();
    assertThat(parse(sales, "sales/a.csv.gz", gzip(""))).isEmpty();
  }

  @Test
  void gzippedFile() throws IOException {
    byte[] data = gzip(HEADER
        + "o1,2025-04-02,l1,c1,100.5,60\n"
        + "o2,2025-04-03,l3,c2,200,80.25\n");

    List<ParsedRecord> records = parse(sales, "sales/a.csv.gz", data);

    assertThat(records).hasSize(2);
    assertRecord(records.get(0), 2, "o1", LocalDate.of(2025, 4, 2), "l1", "c1", 100.5, 60.0, "l1");
    assertRecord(records.get(1), 3, "o2", LocalDate.of(2025, 4, 3), "l3", "c2", 200.0, 80.25, "l3");
  }

  @Test
  void aFileThatIsNotGzipBecomesOneUnreadableRecord() throws IOException {
    List<ParsedRecord> records = parse(sales, "sales/a.csv.gz", (HEADER + "o1,2025-04-02,l1,c1,1,2\n").getBytes(UTF_8));
    assertThat(records).hasSize(1);
    assertThat(records.get(0).line()).isEqualTo(1);
    assertThat(records.get(0).reasons()).containsExactly("file cannot be read: ZipException Not in GZIP format");
  }

  @Test
  void aTruncatedGzipKeepsTheRowsBeforeTheBreak() throws IOException {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 1; i <= 2000; i++) {
      text.append("o").append(i).append(",2025-04-02,l1,c1,").append(i).append(",1\n");
    }
    byte[] whole = gzip(text.toString());
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);

    List<ParsedRecord> records = parse(sales, "sales/a.csv.gz", cut);

    ParsedRecord last = records.get(records.size() - 1);
    List<ParsedRecord> rows = records.subList(0, records.size() - 1);
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.reasons()).isEmpty());
    assertThat(rows.size()).isLessThan(2000);
    assertThat(last.line()).isEqualTo(rows.get(rows.size() - 1).line() + 1);
    assertThat(last.reasons()).singleElement().asString()
        .startsWith("file cannot be read past this point: EOFException");
  }

  @Test
  void gzippedFileWithByteOrderMark() throws IOException {
    List<ParsedRecord> records = parse(sales, "sales/a.csv.gz", gzip("\uFEFF" + HEADER + "o1,2025-04-02,l1,c1,1,2\n"));
    assertThat(records).singleElement().satisfies(r ->
        assertRecord(r, 2, "o1", LocalDate.of(2025, 4, 2), "l1", "c1", 1.0, 2.0, "l1"));
  }

  @Test
  void jsonLines() throws IOException {
    String text = String.join("\n",
        "{\"id\":\"e1\",\"day\":\"2025-04-02\",\"qty\":3,\"amount\":12.5,\"paid\":true,\"at\":\"2025-04-02T10:15:00+02:00\"}", // 1
        "",                                                                                                                 // 2
        "{\"id\":\"e2\",\"day\":\"2025-04-03\",\"qty\":\"x\",\"amount\":\"abc\",\"paid\":\"maybe\",\"at\":\"yesterday\"}",   // 3
        "{\"id\": \"e3\", broken",                                                                                          // 4
        "[1,2,3]",                                                                                                          // 5
        "   ",                                                                                                              // 6
        "{\"day\":\"2025-04-05\",\"qty\":1.5,\"amount\":{\"v\":1},\"paid\":null}",                                          // 7
        "{\"id\":42,\"day\":\"2025-04-06\",\"qty\":\"7\",\"amount\":\"8\",\"paid\":\"no\",\"at\":\"2025-04-06 23:30:00\"}") // 8
        + "\n";

    List<ParsedRecord> records = parse(events, "events/a.jsonl", text.getBytes(UTF_8));

    assertThat(records).extracting(ParsedRecord::line).containsExactly(1L, 3L, 4L, 5L, 7L, 8L);
    assertRecord(records.get(0), 1, "e1", LocalDate.of(2025, 4, 2), 3, 12.5, true, Instant.parse("2025-04-02T08:15:00Z"), "s1");
    assertThat(records.get(1).reasons()).containsExactly(
        "qty: 'x' is not a valid int",
        "amount: 'abc' is not a valid double",
        "paid: 'maybe' is not a valid boolean (expected true/false)",
        "at: 'yesterday' is not a valid timestamp (expected YYYY-MM-DDTHH:MM:SS, optionally with an offset)");
    assertThat(records.get(2).reasons()).containsExactly(
        "not valid JSON: Unexpected character ('b' (code 98)): was expecting double-quote to start field name");
    assertThat(records.get(2).raw()).isEqualTo("{\"id\": \"e3\", broken");
    assertThat(records.get(3).reasons()).containsExactly("not a JSON object");
    assertThat(records.get(4).reasons()).containsExactly(
        "id: is required but empty",
        "qty: '1.5' is not a valid int",
        "amount: '{\"v\":1}' is not a valid double");
    assertRecord(records.get(5), 8, "42", LocalDate.of(2025, 4, 6), 7, 8.0, false, Instant.parse("2025-04-06T23:30:00Z"), "s1");
  }

  @Test
  void gzippedJsonLinesWithCrlf() throws IOException {
    byte[] data = gzip("{\"id\":\"e1\",\"day\":\"2025-04-02\"}\r\n\r\n{\"id\":\"e2\",\"day\":\"2025-04-03\"}\r\n");
    List<ParsedRecord> records = parse(events, "events/a.jsonl.gz", data);
    assertRecord(records.get(0), 1, "e1", LocalDate.of(2025, 4, 2), null, null, null, null, "s1");
    assertRecord(records.get(1), 3, "e2", LocalDate.of(2025, 4, 3), null, null, null, null, "s1");
    assertThat(records).hasSize(2);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "BOOLEAN, true,  true",
      "BOOLEAN, TRUE,  true",
      "BOOLEAN, Yes,   true",
      "BOOLEAN, y,     true",
      "BOOLEAN, 1,     true",
      "BOOLEAN, false, false",
      "BOOLEAN, No,    false",
      "BOOLEAN, N,     false",
      "BOOLEAN, 0,     false",
  })
  void booleans(ColumnType type, String text, boolean expected) {
    assertThat(ValueParser.parse(type, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2025-04-02T10:15:00+02:00,     2025-04-02T08:15:00Z",
      "2025-04-02T23:30:00-05:00,     2025-04-03T04:30:00Z",
      "2025-04-02T10:15:00Z,          2025-04-02T10:15:00Z",
      "2025-04-02T10:15:00.250+01:00, 2025-04-02T09:15:00.250Z",
      "2025-04-02T10:15:00,           2025-04-02T10:15:00Z",
      "2025-04-02 10:15:00,           2025-04-02T10:15:00Z",
      "2025-04-02T10:15,              2025-04-02T10:15:00Z",
  })
  void timestamps(String text, Instant expected) {
    assertThat(ValueParser.parse(ColumnType.TIMESTAMP, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "STRING  | ' a b '   | ' a b '",
      "INT     | ' 42 '    | 42",
      "INT     | -7        | -7",
      "LONG    | 9000000000 | 9000000000",
      "DOUBLE  | 1e3       | 1000.0",
      "DOUBLE  | -0.5      | -0.5",
      "DECIMAL | 12.30     | 12.30",
      "DATE    | 2024-02-29 | 2024-02-29",
  })
  void values(ColumnType type, String text, String expected) {
    Object value = ValueParser.parse(type, text);
    Object want = switch (type) {
      case STRING -> expected;
      case INT -> Integer.valueOf(expected);
      case LONG -> Long.valueOf(expected);
      case DOUBLE -> Double.valueOf(expected);
      case DECIMAL -> new BigDecimal(expected);
      case DATE -> LocalDate.parse(expected);
      default -> throw new IllegalArgumentException(type.toString());
    };
    assertThat(value).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"STRING,", "STRING,'   '", "INT,''", "DOUBLE,' '", "DATE,''", "BOOLEAN,''", "TIMESTAMP,''"})
  void blankIsNull(ColumnType type, String text) {
    assertThat(ValueParser.parse(type, text)).isNull();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "DOUBLE    | NaN        | 'NaN' is not a valid double",
      "DOUBLE    | Infinity   | 'Infinity' is not a valid double",
      "DOUBLE    | -Infinity  | '-Infinity' is not a valid double",
      "DOUBLE    | 1e999      | '1e999' is not a valid double",
      "DOUBLE    | 12abc      | '12abc' is not a valid double",
      "DOUBLE    | 1,5        | '1,5' is not a valid double (expected a plain number like 1234.56; if the export groups thousands or uses a decimal comma, declare decimal_separator and thousands_separator on the source)",
      "DOUBLE    | 1.5f       | '1.5f' is not a valid double",
      "DOUBLE    | 0x1p3      | '0x1p3' is not a valid double",
      "INT       | 4.0        | '4.0' is not a valid int",
      "INT       | 2147483648 | '2147483648' is not a valid int",
      "LONG      | 1e3        | '1e3' is not a valid long",
      "DECIMAL   | 1,5        | '1,5' is not a valid decimal (expected a plain number like 1234.56; if the export groups thousands or uses a decimal comma, declare decimal_separator and thousands_separator on the source)",
      "BOOLEAN   | maybe      | 'maybe' is not a valid boolean (expected true/false)",
      "DATE      | 2024-13-45 | '2024-13-45' is not a valid date (expected YYYY-MM-DD)",
      "DATE      | 02/04/2025 | '02/04/2025' is not a valid date (expected YYYY-MM-DD)",
      "TIMESTAMP | 2025-04-02 | '2025-04-02' is not a valid timestamp (expected YYYY-MM-DDTHH:MM:SS, optionally with an offset)",
      "TIMESTAMP | yesterday  | 'yesterday' is not a valid timestamp (expected YYYY-MM-DDTHH:MM:SS, optionally with an offset)",
  })
  void invalidValues(ColumnType type, String text, String message) {
    assertThatThrownBy(() -> ValueParser.parse(type, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  private static List<ParsedRecord> csv(String text) throws IOException {
    return parse(sales, "sales/a.csv", text.getBytes(UTF_8));
  }

  private static List<ParsedRecord> parse(RecordLayout layout, String name, byte[] data) throws IOException {
    List<ParsedRecord> out = new ArrayList<>();
    RecordParser.parse(layout, name, new ByteArrayInputStream(data)).forEachRemaining(out::add);
    return out;
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(UTF_8));
    }
    return bytes.toByteArray();
  }

  private static void assertRecord(ParsedRecord record, long line, Object... values) {
    assertRecord(record, line, List.of(), values);
  }

  private static void assertRecord(ParsedRecord record, long line, List<String> reasons, Object... values) {
    assertThat(record.line()).as("line").isEqualTo(line);
    assertThat(record.reasons()).as("reasons at line %s", line).containsExactlyElementsOf(reasons);
    assertThat(record.values()).as("values at line %s", line).containsExactly(values);
  }
}
