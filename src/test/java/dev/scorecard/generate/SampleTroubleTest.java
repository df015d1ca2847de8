package dev.scorecard.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trouble built into the shipped sample's brewhaus, read back from the written files and
 * compared with an untroubled twin: the same tenant and seed simulated without trouble. The
 * trouble changes no random draw, so every row it does not touch is the twin's row.
 */
class SampleTroubleTest {
  private static final Set<String> NORTH =
      Set.of("ham-01", "ham-02", "ham-03", "bre-01", "bre-02", "han-01", "han-02", "kie-01");
  private static final LocalDate DRIFT_FROM = LocalDate.of(2026, 8, 1);
  private static final LocalDate COLLAPSE_FROM = LocalDate.of(2026, 8, 10);

  @TempDir
  static Path dir;
  private static Path troubled;
  private static Path twin;

  @BeforeAll
  static void generate() throws IOException {
    Generator.generate(GeneratorOptions.sample(dir.resolve("landing"), dir.resolve("conf"), 42));
    troubled = dir.resolve("landing/brewhaus");
    twin = dir.resolve("untroubled/brewhaus");
    TenantPlan brewhaus = TenantPlan.brewhaus();
    TenantPlan untroubled = new TenantPlan(brewhaus.model(), false, Trouble.NONE);
    Span span = new Span(GeneratorOptions.SAMPLE_START, GeneratorOptions.SAMPLE_DAYS);
    try (LandingWriter out = new LandingWriter(twin, brewhaus.model().exports(), Trouble.NONE)) {
      Simulation.run(untroubled.sites(span, new Draw(42), 1), span, out);
    }
  }

  @Test
  void energyWasteStopsAfterSeptemberTwentieth() {
    List<Path> files = LandingFiles.files(troubled.resolve("energy_waste"));
    List<Map<String, String>> september = LandingFiles.rows(troubled.resolve("energy_waste/2026-09.csv.gz"));

    assertThat(files).hasSize(35);
    assertThat(files.get(34).getFileName()).hasToString("2026-09.csv.gz");
    // 24 locations x 20 days, 1 to 20 September.
    assertThat(september).hasSize(480);
    assertThat(september).extracting(r -> r.get("reading_date")).allMatch(d -> d.compareTo("2026-09-20") <= 0)
        .contains("2026-09-20");
    for (String source : List.of("pos_daily", "loyalty_events", "surveys", "operations", "workforce")) {
      List<Path> all = LandingFiles.files(troubled.resolve(source));
      assertThat(all).as(source).hasSize(36);
      assertThat(all.get(35).getFileName().toString()).as(source).startsWith("2026-10.");
    }
  }

  @Test
  void muc02RatingsAreTwoPointsLowerFromAugustTenth() {
    Map<String, Map<String, String>> before = bySurvey(twin);
    int collapsed = 0;
    for (Map<String, String> row : surveys(troubled)) {
      Map<String, String> untroubled = before.get(row.get("survey_id"));
      boolean hit = row.get("location_id").equals("muc-02")
          && !LocalDate.parse(row.get("submitted_on")).isBefore(COLLAPSE_FROM);
      if (!hit) {
        assertThat(row).isEqualTo(untroubled);
        continue;
      }
      collapsed++;
      int nps = Integer.parseInt(untroubled.get("nps"));
      // The rounded rating less 2, clamped at 0; a 10 may have been a rating above 10.5.
      if (nps < 10) {
        assertThat(Integer.parseInt(row.get("nps"))).isEqualTo(Math.max(0, nps - 2));
      } else {
        assertThat(Integer.parseInt(row.get("nps"))).isBetween(8, 10);
      }
    }
    // Answers at muc-02 from 2026-08-10 to 2026-10-31, counted by a separate Python script.
    assertThat(collapsed).isEqualTo(170);
  }

  @Test
  void muc02NpsCollapsesFromAboutFortyToAboutMinusForty() {
    // Counted from the written rows by a separate Python script: 2026-05-01 to 08-09, 192 answers,
    // 109 promoters, 22 detractors (NPS 45.3); 08-10 to 10-31, 170 answers, 13 and 74 (NPS -35.9).
    // By hand: muc-02's answers average 8.55, so ratings ~ N(8.55, 1.6) give about 51% promoters
    // (rating >= 8.5) and 10% detractors (< 6.5), NPS about 41; two points lower, N(6.55, 1.6),
    // about 11% and 49%, NPS about -38.
    int[] before = nps(LocalDate.of(2026, 5, 1), COLLAPSE_FROM.minusDays(1));
    int[] after = nps(COLLAPSE_FROM, LocalDate.of(2026, 10, 31));

    assertThat(before).containsExactly(192, 109, 22);
    assertThat(after).containsExactly(170, 13, 74);
    assertThat(100.0 * (before[1] - before[2]) / before[0]).isGreaterThan(30);
    assertThat(100.0 * (after[1] - after[2]) / after[0]).isLessThan(-20);
  }

  @Test
  void northNetSalesDriftTwoPercentAWeekOnTheSameDraws() {
    Map<String, Map<String, String>> untroubled = new HashMap<>();
    for (Map<String, String> row : rows(twin, "pos_daily")) {
      untroubled.put(posKey(row), row);
    }
    for (Map<String, String> row : rows(troubled, "pos_daily")) {
      Map<String, String> plain = untroubled.get(posKey(row));
      LocalDate date = LocalDate.parse(row.get("business_date"));
      if (!NORTH.contains(row.get("location_id")) || date.isBefore(DRIFT_FROM)) {
        assertThat(row).isEqualTo(plain);
        continue;
      }
      double factor = Math.pow(0.98, ChronoUnit.DAYS.between(DRIFT_FROM, date) / 7.0);
      // Gross and discount are both scaled, then each rounded to the cent: at most 2 cents apart.
      assertThat(Double.parseDouble(row.get("net_sales")))
          .isCloseTo(factor * Double.parseDouble(plain.get("net_sales")), within(0.0201));
      assertThat(row.get("orders")).isEqualTo(plain.get("orders"));
    }
  }

  @Test
  void northSeptemberIsRedAgainstTheTargetSetBeforeTheDrift() throws IOException {
    // North, Sep 2026, summed by a separate Python script: 606263.32 written, 691429.01 in the twin.
    // The ratio 0.877 lies between 0.98^(60/7) = 0.841 (30 September) and 0.98^(31/7) = 0.914 (1 September).
    BigDecimal written = northSales(troubled, "2026-09");
    BigDecimal plain = northSales(twin, "2026-09");
    JsonNode target = target("net_sales", "month", "region");

    assertThat(written).isEqualByComparingTo("606263.32");
    assertThat(plain).isEqualByComparingTo("691429.01");
    assertThat(written.doubleValue() / plain.doubleValue()).isBetween(0.841, 0.914);
    assertThat(target.get("target").asDouble()).isEqualTo(690000.0);
    assertThat(target.get("baseline").asDouble()).isEqualTo(550000.0);
    // 100 * (606263.32 - 550000) / (690000 - 550000) = 40.188: red (below 70); the twin would score 100.
    assertThat(score(written.doubleValue(), target)).isCloseTo(40.188, within(0.001));
  }

  @Test
  void muc02SeptemberNpsIsBelowTheBaseline() throws IOException {
    // muc-02, Sep 2026: 59 answers, 5 promoters, 25 detractors: NPS -33.9, below the monthly
    // baseline -18 (score 0, red); the twin's September has 34 promoters and 3 detractors (52.5).
    int[] september = nps(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
    JsonNode target = target("nps", "month", null);

    assertThat(september).containsExactly(59, 5, 25);
    assertThat(target.get("target").asDouble()).isEqualTo(24.0);
    assertThat(target.get("baseline").asDouble()).isEqualTo(-18.0);
    assertThat(score(100.0 * (5 - 25) / 59, target)).isZero();
  }

  @Test
  void yamlHeaderTellsTheOwnerAboutTheTrouble() throws IOException {
    String yaml = Files.readString(dir.resolve("conf/tenants/brewhaus.yaml"));
    String fjord = Files.readString(dir.resolve("conf/tenants/fjord-shop.yaml"));

    assertThat(yaml).contains("# Known trouble is built into the last months, for the alerts to find:\n"
        + "# - muc-02: from 2026-08-10 every survey rating is 2 points lower, so its NPS and CSAT collapse.\n"
        + "# - north: from 2026-08-01 the net sales of all its locations drift down 2% a week, compounding.\n"
        + "# - energy_waste: the export stopped after 2026-09-20; no rows after that day and no file for a later"
        + " month.\n"
        + "# The targets were calibrated on the exports before 2026-08-01, so the trouble shows against them.\n");
    assertThat(fjord).doesNotContain("trouble");
  }

  /** The engine's score: 100 * clamp((value - baseline) / (target - baseline), 0, 1). */
  private static double score(double value, JsonNode target) {
    double t = target.get("target").asDouble();
    double b = target.get("baseline").asDouble();
    return 100 * Math.max(0, Math.min(1, (value - b) / (t - b)));
  }

  /** Answers, promoters and detractors at muc-02 from {@code first} to {@code last}. */
  private static int[] nps(LocalDate first, LocalDate last) {
    int[] counts = new int[3];
    for (Map<String, String> row : surveys(troubled)) {
      LocalDate date = LocalDate.parse(row.get("submitted_on"));
      if (row.get("location_id").equals("muc-02") && !date.isBefore(first) && !date.isAfter(last)) {
        int nps = Integer.parseInt(row.get("nps"));
        counts[0]++;
        counts[1] += nps >= 9 ? 1 : 0;
        counts[2] += nps <= 6 ? 1 : 0;
      }
    }
    return counts;
  }

  private static BigDecimal northSales(Path tenant, String month) {
    return rows(tenant, "pos_daily").stream()
        .filter(r -> NORTH.contains(r.get("location_id")) && r.get("business_date").startsWith(month))
        .map(r -> new BigDecimal(r.get("net_sales"))).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The recurring target of a KPI and grain, for {@code level} or (null) all levels. */
  private static JsonNode target(String kpi, String grain, String level) throws IOException {
    for (JsonNode t : LandingFiles.yaml(dir.resolve("conf/tenants/brewhaus.yaml")).get("targets")) {
      boolean levelMatches = level == null ? !t.has("level") : t.has("level") && t.get("level").asText().equals(level);
      if (t.get("kpi").asText().equals(kpi) && t.get("grain").asText().equals(grain) && levelMatches
          && !t.has("node") && !t.has("period")) {
        return t;
      }
    }
    throw new AssertionError("No target for " + kpi + " " + grain + " " + level);
  }

  private static Map<String, Map<String, String>> bySurvey(Path tenant) {
    Map<String, Map<String, String>> byId = new HashMap<>();
    surveys(tenant).forEach(row -> byId.put(row.get("survey_id"), row));
    return byId;
  }

  private static List<Map<String, String>> surveys(Path tenant) {
    return rows(tenant, "surveys");
  }

  private static String posKey(Map<String, String> row) {
    return row.get("business_date") + "|" + row.get("location_id") + "|" + row.get("channel");
  }

  private static List<Map<String, String>> rows(Path tenant, String source) {
    return LandingFiles.files(tenant.resolve(source)).stream().flatMap(f -> LandingFiles.rows(f).stream()).toList();
  }
}
