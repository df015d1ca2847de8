package dev.scorecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped sample set (seed 42), written once and read back from its files. */
class SampleDataTest {
  private static final int DAYS = 1096;
  private static final int MONTHS = 36;
  private static final ToDoubleFunction<Map<String, Double>> TRAINING =
      m -> 100 * m.get("training_hours") / m.get("hours_worked");
  private static final ToDoubleFunction<Map<String, Double>> ON_TIME =
      m -> 100 * m.get("orders_on_time") / m.get("orders_served");
  private static final ToDoubleFunction<Map<String, Double>> NPS =
      m -> 100 * (m.get("promoters") - m.get("detractors")) / m.get("responses");
  private static final ToDoubleFunction<Map<String, Double>> DAILY_SALES =
      m -> Math.log(m.get("net_sales") / m.get("days"));

  @TempDir
  static Path dir;
  private static GeneratorResult result;
  private static Panel panel;

  @BeforeAll
  static void generate() throws IOException {
    result = Generator.generate(GeneratorOptions.sample(dir.resolve("landing"), dir.resolve("conf"), 42));
    Path brewhaus = dir.resolve("landing/brewhaus");
    panel = new Panel()
        .add(brewhaus.resolve("operations"), "date", "orders_served", "orders_on_time")
        .add(brewhaus.resolve("workforce"), "date", "training_hours", "hours_worked", "leavers")
        .add(brewhaus.resolve("surveys"), "submitted_on", Map.of(
            "responses", row -> 1,
            "promoters", row -> Integer.parseInt(row.get("nps")) >= 9 ? 1 : 0,
            "detractors", row -> Integer.parseInt(row.get("nps")) <= 6 ? 1 : 0))
        .add(brewhaus.resolve("operations"), "date", Map.of("days", row -> 1))
        .add(brewhaus.resolve("pos_daily"), "business_date", "net_sales");
  }

  @Test
  void writesBothTenantsWithOneFilePerSourceAndMonth() {
    assertThat(result.tenantIds()).containsExactly("brewhaus", "fjord-shop");
    // brewhaus's energy_waste export stops after 2026-09-20 (see Trouble): no file for 2026-10.
    assertThat(result.filesWritten()).isEqualTo((6 + 5) * MONTHS + 2 - 1);
    for (String source : List.of("pos_daily", "loyalty_events", "surveys", "operations", "workforce", "energy_waste")) {
      List<Path> files = LandingFiles.files(dir.resolve("landing/brewhaus").resolve(source));
      String last = source.equals("energy_waste") ? "2026-09." : "2026-10.";
      assertThat(files).as(source).hasSize(source.equals("energy_waste") ? MONTHS - 1 : MONTHS);
      assertThat(files.get(0).getFileName().toString()).startsWith("2023-11.");
      assertThat(files.get(files.size() - 1).getFileName().toString()).startsWith(last);
    }
    assertThat(LandingFiles.files(dir.resolve("landing/fjord-shop/orders"))).hasSize(MONTHS);
    assertThat(dir.resolve("conf/tenants/brewhaus.yaml")).isRegularFile();
    assertThat(dir.resolve("conf/tenants/fjord-shop.yaml")).isRegularFile();
  }

  @ParameterizedTest
  @CsvSource({
      "brewhaus/pos_daily/2024-02.csv.gz, business_date location_id channel orders net_sales cogs discounts",
      "brewhaus/loyalty_events/2024-02.csv.gz, event_id event_date location_id customer_id event_type",
      "brewhaus/surveys/2024-02.jsonl.gz, survey_id submitted_on location_id nps csat",
      "brewhaus/operations/2024-02.csv, date location_id orders_served orders_on_time wait_minutes_total"
          + " downtime_minutes",
      "brewhaus/workforce/2024-02.csv.gz, date location_id headcount hours_worked training_hours leavers",
      "brewhaus/energy_waste/2024-02.csv.gz, reading_date location_id kwh waste_kg recycled_kg",
      "fjord-shop/web_analytics/2024-02.csv, date sessions users add_to_carts orders bounces",
      "fjord-shop/orders/2024-02.csv.gz, order_id order_date customer_id net_amount cogs shipping_cost"
          + " delivered_on_time",
      "fjord-shop/surveys/2024-02.jsonl, survey_id submitted_on nps csat",
      "fjord-shop/workforce/2024-02.csv, date headcount hours_worked training_hours leavers",
      "fjord-shop/energy_waste/2024-02.csv, reading_date kwh waste_kg recycled_kg"})
  void filesHaveExactlyTheListedColumns(String file, String columns) {
    assertThat(LandingFiles.header(dir.resolve("landing").resolve(file))).containsExactly(columns.split(" "));
  }

  @Test
  void dailySourcesHaveOneRowPerLocationAndDay() {
    assertThat(rowCount("brewhaus/operations")).isEqualTo(24L * DAYS);
    assertThat(rowCount("brewhaus/workforce")).isEqualTo(24L * DAYS);
    // energy_waste stops after 2026-09-20: 10 days of September and 31 of October are missing.
    assertThat(rowCount("brewhaus/energy_waste")).isEqualTo(24L * (DAYS - 41));
    assertThat(rowCount("brewhaus/pos_daily")).isEqualTo(3L * 24 * DAYS);
    assertThat(rowCount("fjord-shop/web_analytics")).isEqualTo(DAYS);
    assertThat(rowCount("fjord-shop/workforce")).isEqualTo(DAYS);
  }

  @Test
  void volumesAreInTheDescribedRanges() {
    double visitsPerLocationDay = rows("brewhaus/loyalty_events").stream()
        .filter(r -> r.get("event_type").equals("visit")).count() / (24.0 * DAYS);
    double surveysPerLocationDay = rowCount("brewhaus/surveys") / (24.0 * DAYS);
    double ordersPerDay = rowCount("fjord-shop/orders") / (double) DAYS;
    assertThat(visitsPerLocationDay).isBetween(3.0, 8.0);
    assertThat(surveysPerLocationDay).isBetween(1.0, 3.0);
    assertThat(ordersPerDay).isBetween(30.0, 80.0);
  }

  @Test
  void everyLocationInTheDataIsInTheHierarchy() throws IOException {
    JsonNode yaml = LandingFiles.yaml(dir.resolve("conf/tenants/brewhaus.yaml"));
    Set<String> declared = new HashSet<>();
    yaml.at("/hierarchy/regions").forEach(r -> r.get("locations").forEach(l -> declared.add(l.get("id").asText())));
    Set<String> used = new HashSet<>();
    yaml.get("sources").fieldNames().forEachRemaining(source ->
        rows("brewhaus/" + source).forEach(row -> used.add(row.get("location_id"))));
    assertThat(declared).hasSize(24);
    assertThat(used).isEqualTo(declared);
    assertThat(yaml.at("/hierarchy/regions").findValuesAsText("id")).startsWith("north", "ham-01");
  }

  @Test
  void singleSiteSourcesNameTheirOneLocation() throws IOException {
    JsonNode yaml = LandingFiles.yaml(dir.resolve("conf/tenants/fjord-shop.yaml"));
    assertThat(yaml.at("/hierarchy/regions/0/id").asText()).isEqualTo("online");
    assertThat(yaml.at("/hierarchy/regions/0/locations/0/id").asText()).isEqualTo("web");
    assertThat(yaml.at("/hierarchy/regions").size()).isEqualTo(1);
    yaml.get("sources").forEach(source -> {
      assertThat(source.get("location").asText()).isEqualTo("web");
      assertThat(source.has("location_column")).isFalse();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"brewhaus", "fjord-shop"})
  void yamlReferencesResolve(String tenant) throws IOException {
    JsonNode yaml = LandingFiles.yaml(dir.resolve("conf/tenants/" + tenant + ".yaml"));
    assertThat(yaml.get("tenant_id").asText()).isEqualTo(tenant);
    Set<String> themes = new HashSet<>();
    yaml.at("/strategy/themes").forEach(t -> themes.add(t.asText()));
    yaml.get("measures").forEach(m -> assertThat(yaml.get("sources").has(m.get("source").asText())).isTrue());
    yaml.get("objectives").forEach(o -> {
      assertThat(yaml.get("perspectives").has(o.get("perspective").asText())).isTrue();
      assertThat(themes).contains(o.get("theme").asText());
    });
    List<String> terms = new ArrayList<>();
    yaml.get("kpis").forEach(k -> {
      assertThat(yaml.get("objectives").has(k.get("objective").asText())).isTrue();
      Stream.of("expr", "numerator", "denominator").filter(k::has)
          .forEach(key -> terms.addAll(List.of(k.get(key).asText().split("\\s*[-+]\\s*"))));
    });
    assertThat(terms).allMatch(term -> yaml.get("measures").has(term.trim()));
    yaml.get("links").forEach(l -> {
      assertThat(yaml.get("objectives").has(l.get("from").asText())).isTrue();
      assertThat(yaml.get("objectives").has(l.get("to").asText())).isTrue();
    });
    yaml.get("kpis").fieldNames().forEachRemaining(kpi -> {
      for (String grain : List.of("month", "quarter", "year")) {
        assertThat(recurring(yaml, kpi, grain)).as(kpi + " " + grain).isNotEmpty();
      }
    });
    assertThat(yaml.get("objectives").size()).isEqualTo(10);
    assertThat(yaml.get("perspectives").size()).isEqualTo(5);
  }

  @Test
  void additiveKpisHaveATargetPerLevelAndRatiosOneForAll() throws IOException {
    JsonNode yaml = LandingFiles.yaml(dir.resolve("conf/tenants/brewhaus.yaml"));
    List<JsonNode> sales = recurring(yaml, "net_sales", "month");
    assertThat(sales).extracting(t -> t.get("level").asText()).containsExactly("location", "region", "org");
    double location = sales.get(0).get("target").asDouble();
    double region = sales.get(1).get("target").asDouble();
    assertThat(region / location).isBetween(6.0, 10.0);
    double quarter = recurring(yaml, "net_sales", "quarter").get(0).get("target").asDouble();
    assertThat(quarter / location).isBetween(2.5, 3.5);
    List<JsonNode> onTime = recurring(yaml, "on_time_rate", "month");
    assertThat(onTime).hasSize(1);
    assertThat(onTime.get(0).has("level")).isFalse();
    assertThat(onTime.get(0).get("baseline").asDouble()).isLessThan(onTime.get(0).get("target").asDouble());
    JsonNode wait = recurring(yaml, "avg_wait_min", "month").get(0);
    assertThat(wait.get("baseline").asDouble()).isGreaterThan(wait.get("target").asDouble());
  }

  @Test
  void examplesShowANodeTargetAndAPeriodOverride() throws IOException {
    JsonNode yaml = LandingFiles.yaml(dir.resolve("conf/tenants/brewhaus.yaml"));
    JsonNode targets = yaml.get("targets");
    List<JsonNode> node = new ArrayList<>();
    List<JsonNode> period = new ArrayList<>();
    targets.forEach(t -> {
      if (t.has("node")) {
        node.add(t);
      } else if (t.has("period")) {
        period.add(t);
      }
    });
    assertThat(node).hasSize(1);
    assertThat(period).hasSize(1);
    assertThat(period.get(0).get("period").asText()).isEqualTo("2025-12-01");
    assertThat(period.get(0).get("green").asInt()).isEqualTo(95);
    double locationTarget = recurring(yaml, "net_sales", "month").get(0).get("target").asDouble();
    assertThat(node.get(0).get("target").asDouble()).isGreaterThan(locationTarget);
    assertThat(period.get(0).get("target").asDouble()).isGreaterThan(locationTarget);
  }

  @Test
  void trainingLeadsOnTimeRateByOneMonth() {
    double lagged = panel.changeCorrelation(TRAINING, ON_TIME, 1);
    double sameMonth = panel.changeCorrelation(TRAINING, ON_TIME, 0);
    assertThat(lagged).isGreaterThan(0.4);
    assertThat(lagged - sameMonth).isGreaterThan(0.3);
  }

  @Test
  void leaversLowerNextMonthsOnTimeRate() {
    assertThat(panel.changeCorrelation(m -> m.get("leavers"), ON_TIME, 1)).isLessThan(-0.2);
  }

  @Test
  void onTimeRateLeadsNpsAndNpsLeadsSales() {
    assertThat(panel.changeCorrelation(ON_TIME, NPS, 1)).isGreaterThan(0.4);
    assertThat(panel.changeCorrelation(NPS, DAILY_SALES, 1)).isGreaterThan(0.1);
    assertThat(panel.changeCorrelation(NPS, DAILY_SALES, 2)).isGreaterThan(0.1);
    assertThat(panel.changeCorrelation(NPS, DAILY_SALES, 0)).isLessThan(0);
  }

  @ParameterizedTest
  @CsvSource({"on_time_rate", "nps"})
  void monthlyTargetsGiveLocationsAMixOfStatuses(String kpi) throws IOException {
    JsonNode target = recurring(LandingFiles.yaml(dir.resolve("conf/tenants/brewhaus.yaml")), kpi, "month").get(0);
    ToDoubleFunction<Map<String, Double>> value = kpi.equals("nps") ? NPS : ON_TIME;
    int[] counts = new int[3];
    for (String location : panel.locations()) {
      for (String month : panel.months(location)) {
        double t = target.get("target").asDouble();
        double b = target.get("baseline").asDouble();
        double score = 100 * Math.max(0, Math.min(1, (panel.value(location, month, value) - b) / (t - b)));
        counts[score >= 90 ? 0 : score >= 70 ? 1 : 2]++;
      }
    }
    double all = 24 * MONTHS;
    assertThat(counts[0] / all).as("green").isBetween(0.35, 0.65);
    assertThat(counts[1] / all).as("amber").isBetween(0.1, 0.35);
    assertThat(counts[2] / all).as("red").isBetween(0.15, 0.45);
  }

  @Test
  void shippedSampleIsWhatTheGeneratorWrites() throws Exception {
    Path shipped = Path.of("sample-data", "landing");

    assertThat(shipped).as("the shipped sample, %s", shipped.toAbsolutePath()).isDirectory();
    assertThat(LandingFiles.contentChecksums(shipped))
        .as("sample-data/landing differs from the generator's output: regenerate it with"
            + " `scorecard generate --sample` (or Generator.main) and commit the result")
        .isEqualTo(LandingFiles.contentChecksums(dir.resolve("landing")));
  }

  @Test
  void sampleStaysSmall() throws IOException {
    long bytes;
    try (Stream<Path> files = Files.walk(dir.resolve("landing"))) {
      bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    assertThat(bytes).isLessThan(6_000_000L);
  }

  private static List<JsonNode> recurring(JsonNode yaml, String kpi, String grain) {
    List<JsonNode> lines = new ArrayList<>();
    yaml.get("targets").forEach(t -> {
      if (t.get("kpi").asText().equals(kpi) && t.get("grain").asText().equals(grain) && !t.has("node")
          && !t.has("period")) {
        lines.add(t);
      }
    });
    return lines;
  }

  private static List<Map<String, String>> rows(String sourceDir) {
    return LandingFiles.files(dir.resolve("landing").resolve(sourceDir)).stream()
        .flatMap(f -> LandingFiles.rows(f).stream()).toList();
  }

  private static long rowCount(String sourceDir) {
    return LandingFiles.files(dir.resolve("landing").resolve(sourceDir)).stream().mapToLong(LandingFiles::count).sum();
  }
}
