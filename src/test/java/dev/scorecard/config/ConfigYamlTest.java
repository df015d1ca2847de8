package dev.scorecard.config;

import static dev.scorecard.testing.ConfigComponents.assertSameExceptFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scorecard.config.Hierarchy.Location;
import dev.scorecard.config.Hierarchy.Region;
import dev.scorecard.testing.TenantFixture;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configs written by {@link ConfigYaml} and read back by {@link ConfigLoader}. */
class ConfigYamlTest {
  private static final Optional<Double> NONE = Optional.empty();

  @TempDir
  Path conf;

  @Test
  void everyKindOfKeyReadsBackAsWritten() {
    TenantConfig written = full();

    TenantConfig read = readBack(ConfigYaml.write(written));

    assertSameExceptFile(read, written);
  }

  @Test
  void leavesOutWhatTheParserSuppliesAndKeepsWhatItDoesNot() {
    String yaml = ConfigYaml.write(full());

    assertThat(yaml)
        .contains("name: \"Alpine: Bakery & Caf\u00e9 #1\"\n", "fiscal_year_start_month: 7\n",
            "  mission: \"Bread \\\"as it was\\\",\\tbaked daily.\\nEvery day.\"\n", "  vision: \"yes\"\n",
            "    - id: zh\n      locations:\n        - { id: zh-01, name: \"Z\u00fcrich HB\" }\n        - { id: zh-02 }\n",
            "    delimiter: \";\"\n", "    max_bad_ratio: 0.1\n", "    tenant_column: tenant\n",
            "    decimal_separator: \",\"\n", "    thousands_separator: \".\"\n",
            "      - { column: net, check: range, min: 0, max: 100000 }\n",
            "      - { column: channel, check: allowed, values: [store, \"off\"], level: warn }\n",
            "      - { column: receipt, check: pattern, regex: \"R[0-9]{6}\\\\d?\" }\n",
            "      - { column: day, check: date_window, from: as_of - 3 years, until: as_of }\n",
            "      Business Day: { type: date, as: day }\n      shop: string\n",
            "      Net Sales: { type: decimal, as: net }\n", "    location_codes:\n      S01: zh-01\n",
            "    location: zh-02\n",
            "  tickets: { source: tills, agg: count, filter: \"channel = 'store'\" }\n",
            "  customer:  {}\n", "    weight: 2.5\n", "    grains: [week, month]\n",
            "    scoring: { method: linear, green: 85, amber: 60 }\n", "    scoring: { method: ratio }\n",
            "    against: previous\n",
            "  - { kpi: revenue, grain: month, level: location, period: 2025-07-01, target: 6000, baseline: 3000,"
                + " green: 95, amber: 80 }\n",
            "  - { kpi: revenue, grain: month, node: zh-01, target: 5000, baseline: 2500.5 }\n",
            "  - { kpi: growth, grain: quarter, target: 5 }\n",
            "forecast:\n  horizon: { week: 8, month: 6, quarter: 4 }\n",
            "alerts:\n  status: { amber: true }\n  transition: { hysteresis: 7.5 }\n  forecast_risk: false\n"
                + "  anomaly: { margin: 1 }\n"
                + "  stale_source: false\n  data_quality: { quarantine_ratio: 0.02 }\n  grains: [month, quarter]\n"
                + "  subjects: [kpi, scorecard]\n  fold_share: 0.6\n  kpis:\n"
                + "    margin: { status: false, transition: { hysteresis: 10 }, forecast_risk: { below: 0.45 }, anomaly: false }\n"
                + "  webhook: { url: \"https://hooks.example.com/scorecard?team=ops\", secret_env: ALPINE_HOOK }\n"
                + "  email: { host: smtp.example.com, port: 587, from: \"scorecard@alpine.ch\", to: [\"owner@alpine.ch\", \"ops@alpine.ch\"],"
                + " starttls: true, username_env: SMTP_USER, password_env: SMTP_PASS }\n"
                + "  retry: { attempts: 5, backoff_seconds: 1.5 }\n")
        .contains("currency: CHF\n", "  org_name: Alpine Group\n")
        .doesNotContain("name: zh\n", "scale: 1\n", "weight: 1\n", "theme: \"\"",
            "description: \"\"");
  }

  @Test
  void writesDefaultsOnlyWhereTheyCarryAComment() {
    Comments comments = Comments.NONE
        .withHeader("Tiny: for tests.\n\nEdit freely.")
        .withTrailing("tenant_id", "must equal the file name")
        .withTrailing("fiscal_year_start_month", "January, the default")
        .withSection("sources", "The exports.")
        .withSource("sales", "Till rolls.")
        .withTrailing("sources.sales.format", "plain text")
        .withObjectiveGroup("financial", "Financial")
        .withSection("targets", "Targets.")
        .withTarget(1, "Ratios: one for all levels.")
        .withTrailing("targets[1]", "set by hand");

    String yaml = ConfigYaml.write(minimal(), comments);

    assertThat(yaml).isEqualTo("""
        # Tiny: for tests.
        #
        # Edit freely.

        tenant_id: tiny                     # must equal the file name
        fiscal_year_start_month: 1          # January, the default

        hierarchy:
          regions:
            - id: r1
              locations:
                - { id: l1 }

        # The exports.
        sources:
          # Till rolls.
          sales:
            path: "sales/*.csv"
            format: csv                     # plain text
            columns:
              day: date
              location_id: string
              revenue: double
            date_column: day
            location_column: location_id

        measures:
          revenue: { source: sales, agg: sum, expr: revenue }
          lines:   { source: sales, agg: count }

        perspectives:
          financial: { name: Financial, weight: 3 }

        objectives:
          # Financial
          grow:
            perspective: financial

        kpis:
          revenue:
            objective: grow
            type: simple
            expr: revenue
            direction: higher_is_better
          revenue_per_line:
            objective: grow
            type: ratio
            numerator: revenue
            denominator: lines
            direction: higher_is_better

        # Targets.
        targets:
          - { kpi: revenue, grain: month, level: location, target: 200, baseline: 100 }
          # Ratios: one for all levels.
          - { kpi: revenue_per_line, grain: month, target: 12.5, baseline: 8 } # set by hand
        """);
    assertSameExceptFile(readBack(yaml), minimal());
  }

  @Test
  void refusesACommentWithoutAPlace() {
    Comments comments = Comments.NONE
        .withTrailing("sources.sale.format", "misspelt source")
        .withTarget(2, "past the last target")
        .withObjectiveGroup("customer", "no objective of it")
        .withSection("links", "no links")
        .withSource("sales", "this one has its place");

    assertThatThrownBy(() -> ConfigYaml.write(minimal(), comments))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot place comments, no such place in the YAML: [above targets[2], key sources.sale.format,"
            + " objectives of customer, section links]");
  }

  /** Writes {@code yaml} as the tenant's file, checks it has no problem, and loads it. */
  private TenantConfig readBack(String yaml) {
    String tenantId = yaml.lines().filter(l -> l.startsWith("tenant_id: ")).findFirst().orElseThrow()
        .replaceFirst("tenant_id: (\\S+).*", "$1");
    Path file = TenantFixture.write(conf, tenantId, yaml);
    assertThat(ConfigLoader.check(file)).as("problems of\n%s", yaml).isEmpty();
    return ConfigLoader.load(conf, List.of(tenantId)).get(0);
  }

  /** One of everything, at defaults only where a default is what is being tested. */
  private static TenantConfig full() {
    return new TenantConfig(null, "alpine", "Alpine: Bakery & Caf\u00e9 #1", 7, "CHF",
        new Strategy("Bread \"as it was\",\tbaked daily.\nEvery day.", "yes", List.of("craft", "growth")),
        new Hierarchy("Alpine Group", List.of(
            new Region("zh", "zh", List.of(new Location("zh-01", "Z\u00fcrich HB"), new Location("zh-02", "zh-02"))),
            new Region("be", "Bern & Thun", List.of(new Location("be-01", "Bern"))))),
        byId(SourceSpec::id, tills(), web()),
        byId(MeasureSpec::id,
            new MeasureSpec("net", "tills", Aggregation.SUM, Optional.of("net"), Optional.empty()),
            new MeasureSpec("tickets", "tills", Aggregation.COUNT, Optional.empty(), Optional.of("channel = 'store'")),
            new MeasureSpec("shops", "tills", Aggregation.COUNT_DISTINCT, Optional.of("shop"), Optional.empty()),
            new MeasureSpec("orders", "web", Aggregation.SUM, Optional.of("orders"), Optional.empty())),
        byId(PerspectiveSpec::id, new PerspectiveSpec("financial", "Financial", 3), new PerspectiveSpec("customer", "customer", 1)),
        byId(ObjectiveSpec::id, new ObjectiveSpec("grow", "Grow", "financial", "craft", 2.5, "Sell more: every day."),
            new ObjectiveSpec("keep", "keep", "customer", "", 1, "")),
        byId(KpiSpec::id,
            new KpiSpec("revenue", "Revenue", "grow", KpiType.SIMPLE, "net", "", "", 1, null, "CHF",
                Direction.HIGHER_IS_BETTER, 2, List.of(Grain.WEEK, Grain.MONTH), "Net sales, before tax.",
                new Scoring(ScoringMethod.LINEAR, 85, 60), new Bounds(Optional.of(0.0), Optional.empty())),
            new KpiSpec("margin", "Margin (%)", "keep", KpiType.RATIO, "", "net - shops", "tickets", 100, null, "%",
                Direction.LOWER_IS_BETTER, 1, KpiSpec.GRAINS_DEFAULT, "", Scoring.DEFAULT,
                new Bounds(Optional.of(0.0), Optional.of(100.0))),
            new KpiSpec("growth", "growth", "grow", KpiType.GROWTH, "orders", "", "", 1, AgainstPeriod.PREVIOUS, "",
                Direction.HIGHER_IS_BETTER, 1, KpiSpec.GRAINS_DEFAULT, "", new Scoring(ScoringMethod.RATIO, 90, 70), Bounds.NONE)),
        List.of(new LinkSpec("keep", "grow")),
        List.of(
            new TargetSpec("revenue", Grain.WEEK, Optional.of(Level.LOCATION), Optional.empty(), Optional.empty(),
                1000, Optional.of(500.0), NONE, NONE),
            new TargetSpec("revenue", Grain.MONTH, Optional.empty(), Optional.of("zh-01"), Optional.empty(),
                5000, Optional.of(2500.5), NONE, NONE),
            new TargetSpec("revenue", Grain.MONTH, Optional.of(Level.LOCATION), Optional.empty(),
                Optional.of(LocalDate.of(2025, 7, 1)), 6000, Optional.of(3000.0), Optional.of(95.0), Optional.of(80.0)),
            new TargetSpec("margin", Grain.MONTH, Optional.empty(), Optional.empty(), Optional.empty(),
                40, Optional.of(60.0), NONE, NONE),
            new TargetSpec("growth", Grain.QUARTER, Optional.empty(), Optional.empty(), Optional.empty(),
                5, NONE, NONE, NONE)),
        new ForecastSettings(Map.of(Grain.MONTH, 6, Grain.QUARTER, 4, Grain.WEEK, 8)),
        new AlertSettings(new AlertRules(true, true, true, 7.5, false, 0.3, true, 1),
            Map.of("margin", new AlertRules(false, true, true, 10, true, 0.45, false, 1)), List.of(Grain.MONTH, Grain.QUARTER),
            List.of("kpi", "scorecard"), false, 3, true, 0.02, 0.6,
            Optional.of(new AlertSettings.Webhook(URI.create("https://hooks.example.com/scorecard?team=ops"), "ALPINE_HOOK")),
            Optional.of(new AlertSettings.Email("smtp.example.com", 587, "scorecard@alpine.ch",
                List.of("owner@alpine.ch", "ops@alpine.ch"), true, Optional.of("SMTP_USER"), Optional.of("SMTP_PASS"))),
            new AlertSettings.Retry(5, Duration.ofMillis(1500), Duration.ofSeconds(10))));
  }

  private static SourceSpec tills() {
    return new SourceSpec("tills", "tills/*.csv", SourceFormat.CSV, ';',
        columns("day", "date", "shop", "string", "tenant", "string", "net", "decimal", "channel", "string",
            "receipt", "string", "note", "string"),
        Map.of("day", "Business Day", "net", "Net Sales"),
        List.of("receipt"), "day", Optional.of("shop"), Optional.empty(), 0.1, Optional.of("tenant"),
        new NumberStyle(',', '.'),
        List.of(
            rule("net", RuleCheck.RANGE, RuleLevel.ERROR).min(0).max(100000).build(),
            rule("channel", RuleCheck.ALLOWED, RuleLevel.WARN).values("store", "off").build(),
            rule("receipt", RuleCheck.PATTERN, RuleLevel.ERROR).regex("R[0-9]{6}\\d?").build(),
            rule("day", RuleCheck.DATE_WINDOW, RuleLevel.ERROR).window("as_of - 3 years", "as_of").build(),
            rule("note", RuleCheck.REQUIRED, RuleLevel.WARN).build()),
        Map.of("S01", "zh-01"));
  }

  private static SourceSpec web() {
    return new SourceSpec("web", "web/*.jsonl.gz", SourceFormat.JSONL, ',', columns("date", "timestamp", "orders", "int"),
        Map.of(), List.of("date"), "date", Optional.empty(), Optional.of("zh-02"), 0.05, Optional.empty(), NumberStyle.DEFAULT,
        List.of(), Map.of());
  }

  /** Defaults wherever the parser has one: what is left to write is what a tenant must say. */
  private static TenantConfig minimal() {
    return new TenantConfig(null, "tiny", "tiny", 1, "", new Strategy("", "", List.of()),
        new Hierarchy("tiny", List.of(new Region("r1", "r1", List.of(new Location("l1", "l1"))))),
        byId(SourceSpec::id, new SourceSpec("sales", "sales/*.csv", SourceFormat.CSV, ',',
            columns("day", "date", "location_id", "string", "revenue", "double"), Map.of(), List.of(), "day",
            Optional.of("location_id"), Optional.empty(), 0.05, Optional.empty(), NumberStyle.DEFAULT, List.of(),
            Map.of())),
        byId(MeasureSpec::id, new MeasureSpec("revenue", "sales", Aggregation.SUM, Optional.of("revenue"), Optional.empty()),
            new MeasureSpec("lines", "sales", Aggregation.COUNT, Optional.empty(), Optional.empty())),
        byId(PerspectiveSpec::id, new PerspectiveSpec("financial", "Financial", 3)),
        byId(ObjectiveSpec::id, new ObjectiveSpec("grow", "grow", "financial", "", 1, "")),
        byId(KpiSpec::id,
            new KpiSpec("revenue", "revenue", "grow", KpiType.SIMPLE, "revenue", "", "", 1, null, "",
                Direction.HIGHER_IS_BETTER, 1, KpiSpec.GRAINS_DEFAULT, "", Scoring.DEFAULT, Bounds.NONE),
            new KpiSpec("revenue_per_line", "revenue_per_line", "grow", KpiType.RATIO, "", "revenue", "lines", 1, null,
                "", Direction.HIGHER_IS_BETTER, 1, KpiSpec.GRAINS_DEFAULT, "", Scoring.DEFAULT, Bounds.NONE)),
        List.of(),
        List.of(
            new TargetSpec("revenue", Grain.MONTH, Optional.of(Level.LOCATION), Optional.empty(), Optional.empty(),
                200, Optional.of(100.0), NONE, NONE),
            new TargetSpec("revenue_per_line", Grain.MONTH, Optional.empty(), Optional.empty(), Optional.empty(),
                12.5, Optional.of(8.0), NONE, NONE)),
        ForecastSettings.DEFAULT, AlertSettings.DEFAULT);
  }

  private static Map<String, ColumnType> columns(String... namesAndTypes) {
    Map<String, ColumnType> columns = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      columns.put(namesAndTypes[i], ConfigEnum.parse(ColumnType.class, namesAndTypes[i + 1]).orElseThrow());
    }
    return columns;
  }

  /** Specs by id, in the order given, as the parser keeps them. */
  @SafeVarargs
  private static <T> Map<String, T> byId(Function<T, String> id, T... specs) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T spec : specs) {
      byId.put(id.apply(spec), spec);
    }
    return byId;
  }

  private static RuleBuilder rule(String column, RuleCheck check, RuleLevel level) {
    return new RuleBuilder(column, check, level);
  }

  /** A rule with only its own check's settings, as {@link RuleValidator} wants it. */
  private static final class RuleBuilder {
    private final String column;
    private final RuleCheck check;
    private final RuleLevel level;
    private Optional<Double> min = Optional.empty();
    private Optional<Double> max = Optional.empty();
    private List<String> values = List.of();
    private Optional<String> regex = Optional.empty();
    private Optional<DateBound> from = Optional.empty();
    private Optional<DateBound> until = Optional.empty();

    RuleBuilder(String column, RuleCheck check, RuleLevel level) {
      this.column = column;
      this.check = check;
      this.level = level;
    }

    RuleBuilder min(double value) {
      min = Optional.of(value);
      return this;
    }

    RuleBuilder max(double value) {
      max = Optional.of(value);
      return this;
    }

    RuleBuilder values(String... allowed) {
      values = List.of(allowed);
      return this;
    }

    RuleBuilder regex(String pattern) {
      regex = Optional.of(pattern);
      return this;
    }

    RuleBuilder window(String first, String last) {
      from = DateBound.parse(first);
      until = DateBound.parse(last);
      return this;
    }

    RuleSpec build() {
      return new RuleSpec(column, check, level, min, max, values, regex, from, until);
    }
  }
}
