package dev.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.SilverTables;
import dev.scorecard.testing.TenantFixture;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The faulty-file corpus under {@code src/test/resources/corpus/}: one small file per way an
 * export goes wrong, ingested together (one Spark job per silver table) for tenant {@code corpus}. Each
 * case asserts the file's audit counts, the exact quarantine reasons by line, the warnings of the
 * rows kept, and that the good rows beside the bad ones are kept: their number and the sum of
 * their amount column ({@code net} for sales and sales_eu, {@code amount} for events), added up by
 * hand in the comment beside it.
 */
class CorpusTest {
  private static final Map<String, FileResult> RESULTS = new ConcurrentHashMap<>();

  /** What ingest made of one file. */
  record FileResult(long read, long valid, long quarantined, long warned, double sum, List<String> quarantine,
      List<String> warnings) {}

  /** What a file must give; {@code reasons} and {@code warnings} as {@code line: text}, in line order. */
  record Case(String file, long read, long valid, long quarantined, long warned, double sum, List<String> reasons,
      List<String> warnings) {
    @Override
    public String toString() {
      return file;
    }
  }

  @BeforeAll
  static void ingest(@TempDir Path conf) throws URISyntaxException {
    TenantConfig tenant = TenantFixture.load(conf, "corpus", TenantFixture.resource("/corpus/corpus.yaml"));
    String landing = Path.of(CorpusTest.class.getResource("/corpus/landing").toURI()).toString();
    IngestBatch batch = IngestFixture.readAll(tenant, landing);
    Map<String, List<String>> quarantine = new HashMap<>();
    batch.quarantine().orderBy("line").collectAsList().forEach(r ->
        quarantine.computeIfAbsent(r.getAs("file"), f -> new ArrayList<>()).add(r.getAs("line") + ": " + r.getAs("reason")));
    Map<String, double[]> sums = new HashMap<>();
    Map<String, List<String>> warnings = new HashMap<>();
    for (SilverBatch silver : batch.silver()) {
      String amount = silver.source().id().equals("events") ? "amount" : "net";
      for (Row r : silver.rows().orderBy(SilverTables.LINE).collectAsList()) {
        String file = r.getAs(SilverTables.FILE);
        sums.computeIfAbsent(file, f -> new double[1])[0] += r.<Double>getAs(amount);
        for (String warning : r.<String>getList(r.fieldIndex(SilverTables.WARNINGS))) {
          warnings.computeIfAbsent(file, f -> new ArrayList<>()).add(r.getAs(SilverTables.LINE) + ": " + warning);
        }
      }
    }
    for (Row a : batch.audit().collectAsList()) {
      String file = a.getAs("file");
      RESULTS.put(file, new FileResult(a.getAs("rows_read"), a.getAs("rows_valid"), a.getAs("rows_quarantined"),
          a.getAs("rows_warned"), sums.getOrDefault(file, new double[1])[0], quarantine.getOrDefault(file, List.of()),
          warnings.getOrDefault(file, List.of())));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachFaultyFileKeepsItsGoodRowsAndSaysWhatIsWrong(Case c) {
    FileResult got = RESULTS.get(c.file());
    assertThat(got).as("audit row of %s", c.file()).isNotNull();
    assertThat(got.read()).as("rows_read").isEqualTo(c.read());
    assertThat(got.valid()).as("rows_valid").isEqualTo(c.valid());
    assertThat(got.quarantined()).as("rows_quarantined").isEqualTo(c.quarantined());
    assertThat(got.read()).as("rows_read = rows_valid + rows_quarantined").isEqualTo(got.valid() + got.quarantined());
    assertThat(got.warned()).as("rows_warned").isEqualTo(c.warned());
    assertThat(got.sum()).as("sum of the valid rows' amounts").isCloseTo(c.sum(), org.assertj.core.data.Offset.offset(1e-9));
    if (c.reasons() == null) {
      assertThat(got.quarantine()).singleElement().asString().contains(": duplicate business key R301 ");
    } else {
      assertThat(got.quarantine()).as("quarantine").containsExactlyElementsOf(c.reasons());
    }
    assertThat(got.warnings()).as("warnings").containsExactlyElementsOf(c.warnings());
  }

  /** Every file of the corpus's landing is in the audit, and every one has its case here. */
  @Test
  void everyFileIsAuditedAndHasItsCase() throws Exception {
    Path landing = Path.of(CorpusTest.class.getResource("/corpus/landing/corpus").toURI());
    List<String> files;
    try (Stream<Path> walk = Files.walk(landing)) {
      files = walk.filter(Files::isRegularFile).map(f -> landing.relativize(f).toString().replace('\\', '/'))
          .sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(45);
    assertThat(RESULTS.keySet()).containsExactlyInAnyOrderElementsOf(files);
    assertThat(cases().map(Case::file)).containsExactlyInAnyOrderElementsOf(files);
  }

  static Stream<Case> cases() {
    return Stream.of(
        // 10.5 + 20
        ok("sales/01_bom.csv", 2, 30.5),
        // 1.25 + 2; line 4 is the third data row of a CRLF file
        bad("sales/02_crlf.csv", 3, 2, 3.25, "4: net: -5 is below the minimum 0"),
        // 7 + 3: "Smith, J" and "say ""hi"", then go" are one field each
        ok("sales/03_quoted_delimiter.csv", 2, 10),
        // 4 + 6 + 10; the quoted note spans lines 3-4, so the bad date is on line 5
        bad("sales/04_embedded_newline.csv", 4, 3, 20, "5: day: '2024-13-45' is not a valid date (expected YYYY-MM-DD)"),
        // 100 + 50.5
        ok("sales/05_gzip.csv.gz", 2, 150.5),
        // 300 rows of net 1 gzipped, cut at half the bytes: incomplete, so none of it is published;
        // the 124 whole lines before the cut (2-125) and the cut line 126 are each quarantined
        whole("sales/06_truncated.csv.gz", 2, 126,
            "file cannot be read past this point: EOFException Unexpected end of ZLIB input stream"),
        ok("sales/07_empty.csv", 0, 0),
        ok("sales/08_header_only.csv", 0, 0),
        // no data rows, so the header itself stands for the rejected file
        bad("sales/09_header_only_missing.csv", 1, 0, 0, "1: file has no column net, tenant (its header is "
            + "'receipt_id,day,location_id,channel,note'; check the header row and the delimiter ',')"),
        // 11 + 22, columns in another order
        ok("sales/10_reordered.csv", 2, 33),
        // 5 + 15; both rows kept, both warned
        new Case("sales/11_extra_column.csv", 2, 2, 0, 2, 20, List.of(), List.of(
            "2: extra column cashier ignored (not declared in the source's columns)",
            "3: extra column cashier ignored (not declared in the source's columns)")),
        bad("sales/12_missing_column.csv", 2, 0, 0,
            "2: file has no column net (its header is 'receipt_id,day,location_id,channel,note,tenant'; "
                + "check the header row and the delimiter ',')",
            "3: file has no column net (its header is 'receipt_id,day,location_id,channel,note,tenant'; "
                + "check the header row and the delimiter ',')"),
        bad("sales/13_wrong_delimiter.csv", 2, 0, 0, wrongDelimiter(2), wrongDelimiter(3)),
        // 1
        bad("sales/14_invalid_date.csv", 2, 1, 1, "2: day: '2024-13-45' is not a valid date (expected YYYY-MM-DD)"),
        // 2.5
        bad("sales/15_thousands_no_locale.csv", 2, 1, 2.5, "2: net: '1,234.56' is not a valid double" + PLAIN),
        // 1.234,56 + 12,5 + 7 = 1234.56 + 12.5 + 7
        ok("sales_eu/16_decimal_comma.csv", 3, 1254.06),
        // 4
        bad("sales/17_decimal_comma_no_locale.csv", 2, 1, 4, "2: net: '12,5' is not a valid double" + PLAIN),
        // 5.5
        bad("events/18_wrong_type.jsonl", 2, 1, 5.5, "2: qty: 'three' is not a valid int"),
        // 3 + 4.25
        bad("events/19_broken_line.jsonl", 3, 2, 7.25,
            "2: not valid JSON: Unexpected end-of-input within/between Object entries"),
        // 9
        bad("events/20_not_object.jsonl", 3, 1, 9, "1: not a JSON object", "3: not a JSON object"),
        // 3 + 4; blank lines 2, 4, 5 are no rows, but line 7 (only commas) is a row with empty fields
        bad("sales/21_blank_lines.csv", 3, 2, 7, "7: receipt_id: is required but empty; day: is required but empty; "
            + "location_id: is required but empty; tenant: is required but empty"),
        // 8
        bad("sales/22_field_count.csv", 3, 1, 8, "2: has 8 fields where the header has 7",
            "3: has 3 fields where the header has 7; tenant: is required but empty"),
        // 4
        bad("sales/23_unknown_location.csv", 2, 1, 4,
            "2: unknown location 'l9' (not in the tenant's hierarchy; did you mean 'l1'?)"),
        // 4; a row without a tenant id is not taken as this tenant's either
        bad("sales/24_other_tenant.csv", 3, 1, 4, "2: belongs to tenant 'brewhaus', not 'corpus'",
            "4: tenant: is required but empty"),
        // 1000 + 0: the bounds are inclusive
        bad("sales/25_range.csv", 3, 2, 1000, "2: net: 1500 is above the maximum 1000"),
        // 12 + 8: 'phone' breaks a warn rule, so the row is kept and warned
        new Case("sales/26_allowed_warn.csv", 2, 2, 0, 1, 20, List.of(), List.of("2: channel: 'phone' is not one of [store, web]")),
        // 5
        bad("sales/27_pattern.csv", 3, 1, 5, "2: receipt_id: 'X271' does not match the pattern R[0-9]{3}",
            "3: receipt_id: 'R2722' does not match the pattern R[0-9]{3}"),
        // 6 + 8: an empty note breaks a warn rule; an empty key is an error; an empty channel passes 'allowed'
        new Case("sales/28_required_empty.csv", 3, 2, 1, 1, 14, List.of("3: receipt_id: is required but empty"),
            List.of("2: note: is required but empty")),
        // 5: the window's first day is in it
        bad("sales/29_date_window.csv", 3, 1, 5, "2: day: 2023-12-31 is before the window's first day 2024-01-01",
            "3: day: 2026-01-01 is after the window's last day 2025-12-31"),
        // 9 + 1, whichever delivery of R301 wins (both have net 9); the duplicate rule is asserted in its own test
        new Case("sales/30_duplicate_key.csv", 3, 2, 1, 0, 10, null, List.of()),
        // 4: line 2 has a Latin-1 é (byte 0xE9)
        bad("sales/31_latin1.csv", 2, 1, 4, "2: contains bytes that are not UTF-8 (shown as \uFFFD); re-export the file as UTF-8"),
        // 3 + 4
        bad("sales/32_nul_line.csv", 3, 2, 7, "3: contains NUL characters: the file looks damaged or is not text (re-export it)"),
        // two net columns: which holds the amount is a guess, so the file is rejected whole
        bad("sales/33_repeated_column.csv", 1, 0, 0, "2: file has column net more than once (its header is "
            + "'receipt_id,day,location_id,channel,net,note,tenant,net'; keep one of each)"),
        // 3 + 4: headers in other case, with spaces, match the declared names
        ok("sales/34_header_case.csv", 2, 7),
        bad("sales/35_header_near_miss.csv", 1, 0, 0, "2: file has no column net (nearest header: 'nett') (its header "
            + "is 'receipt_id,day,location_id,channel,nett,note,tenant'; check the header row and the delimiter ',')"),
        // 5 + 6: L1 and " l2 " are the ids l1 and l2
        ok("sales/36_location_case.csv", 2, 11),
        // 7
        bad("sales/37_unknown_location_near.csv", 3, 1, 7,
            "2: unknown location 'l11' (not in the tenant's hierarchy; did you mean 'l1'?)",
            "3: unknown location 'zz-99' (not in the tenant's hierarchy; map export codes to location ids with the "
                + "source's location_codes)"),
        // 5 + 6: a 100,000-character channel breaks a warn rule; the warning quotes 60 characters of it
        new Case("sales/38_long_value.csv.gz", 2, 2, 0, 1, 11, List.of(),
            List.of("2: channel: '" + "x".repeat(60) + "... (100000 characters)' is not one of [store, web]")),
        // 2: 1e308 is a double, far above the maximum, and shown as such rather than in 309 digits
        bad("sales/39_huge_number.csv", 2, 1, 2, "2: net: 1E+308 is above the maximum 1000"),
        // 6: a record of 1,100,034 characters is not read as a row
        bad("sales/40_record_too_long.csv.gz", 2, 1, 6, "2: record of 1100034 characters is longer than the maximum "
            + "1048576 (a runaway quote or a damaged file)"),
        // the quote opened on line 3 runs to the end and swallows line 4: incomplete, every line quarantined
        whole("sales/41_unclosed_quote.csv", 2, 4, "file cannot be read past this point: a quoted field opened on line 3 "
            + "is never closed (an unclosed quote, or the file was cut off)"),
        // the last line stops mid-field with no line end: incomplete
        whole("sales/42_cut_last_record.csv", 2, 4, "its last record (line 4) has 3 fields where the header has 7"),
        whole("events/43_cut_last_line.jsonl", 1, 3, "its last line (3) is cut off: not valid JSON: Unexpected "
            + "end-of-input: was expecting closing quote for a string value"),
        // 2.5 + 1.5: JSON fields in other case
        ok("events/44_field_case.jsonl", 2, 4),
        // 8: a quoted header with a trailing space
        ok("sales/45_quoted_header.csv", 1, 8),
        ok("sales/46_blank_only.csv", 0, 0),
        // 9: blank lines before the header
        ok("sales/47_blank_before_header.csv", 1, 9),
        // 4: a trailer line short of fields, but the file ends with a line break: a bad row, not a cut file
        bad("sales/48_trailer_line.csv", 2, 1, 4, "3: has 2 fields where the header has 7; day: '4' is not a valid "
            + "date (expected YYYY-MM-DD); location_id: is required but empty; tenant: is required but empty; "
            + "receipt_id: 'Total' does not match the pattern R[0-9]{3}"));
  }

  /** A file rejected whole as incomplete: each of its lines {@code first..last} quarantined with the damage. */
  private static Case whole(String file, long first, long last, String damage) {
    List<String> reasons = new ArrayList<>();
    for (long line = first; line <= last; line++) {
      reasons.add(line + ": file is incomplete (" + damage + "); nothing of it is published until it is delivered whole");
    }
    return new Case(file, reasons.size(), 0, reasons.size(), 0, 0, reasons, List.of());
  }

  private static final String PLAIN = " (expected a plain number like 1234.56; if the export groups thousands or uses a "
      + "decimal comma, declare decimal_separator and thousands_separator on the source)";

  private static String wrongDelimiter(int line) {
    return line + ": file has no column receipt_id, day, location_id, channel, net, note, tenant: its header reads as "
        + "one column 'receipt_id;day;location_id;channel;net;note;tenant'; the file seems delimited by ';' but the "
        + "source declares delimiter ','";
  }

  private static Case ok(String file, long rows, double sum) {
    return new Case(file, rows, rows, 0, 0, sum, List.of(), List.of());
  }

  private static Case bad(String file, long read, long valid, double sum, String... reasons) {
    return new Case(file, read, valid, read - valid, 0, sum, List.of(reasons), List.of());
  }
}
