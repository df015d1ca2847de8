package dev.scorecard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import dev.scorecard.testing.TenantFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of config problem, asserted as printed ({@code file: path.to.key: message}). Every bad
 * file is {@code tiny.yaml} with one snippet replaced, so each case changes one thing.
 */
class ConfigValidationTest {
  private static final String TINY = TenantFixture.resource("/tiny/tiny.yaml");

  @TempDir
  Path conf;

  @Test
  void tinyHasNoProblems() {
    assertThat(problems(TINY)).isEmpty();
    List<TenantConfig> loaded = ConfigLoader.load(conf, List.of("tiny"));
    assertThat(loaded).singleElement().satisfies(t -> {
      assertThat(t.tenantId()).isEqualTo("tiny");
      assertThat(t.fiscalYearStartMonth()).isEqualTo(4);
    });
  }

  @Test
  void invalidTenantId() {
    String yaml = tinyWith("tenant_id: tiny\n", "tenant_id: Tiny!\n");
    assertThat(problems("Tiny!", yaml)).containsExactly(problem("Tiny!", "tenant_id",
        "'Tiny!' is not a valid id (lower-case letters, digits, '_' and '-', starting with a letter or digit, at most 64)"));
  }

  @Test
  void tenantIdMustMatchFileName() {
    String yaml = tinyWith("tenant_id: tiny\n", "tenant_id: tiny2\n");
    assertThat(problems(yaml)).containsExactly(problem("tenant_id",
        "is 'tiny2' but the file is named tiny.yaml (rename one to match)"));
  }

  @Test
  void unknownKeyIsReportedAndTheKeyItReplacedIsMissing() {
    String yaml = tinyWith("revenue: { name: Revenue, objective: grow,", "revenue: { name: Revenue, objectve: grow,");
    assertThat(problems(yaml)).containsExactly(
        problem("kpis.revenue.objectve", "unknown key (expected one of [against, bounds, denominator, description, direction, "
            + "expr, grains, name, numerator, objective, scale, scoring, type, unit, weight])"),
        problem("kpis.revenue.objective", "is required"));
  }

  @Test
  void dateColumnMustBeADate() {
    String yaml = tinyWith("      day: date\n", "      day: string\n");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales.date_column",
        "column 'day' is declared string; declare it date or timestamp so every row has a day"));
  }

  @Test
  void locationColumnMustBeText() {
    String yaml = tinyWith("      location_id: string\n", "      location_id: int\n");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales.location_column",
        "column 'location_id' is declared int; declare it string (location ids are text)"));
  }

  @Test
  void columnsAreDeclaredByTheirNameInTheFile() {
    String yaml = tinyWith("      order_id: string\n      day: date\n",
        "      Order ID: string\n      Business Day: { type: date, as: day }\n");
    assertThat(problems(yaml)).isEmpty();
    TenantConfig loaded = ConfigLoader.load(conf, List.of("tiny")).get(0);
    SourceSpec sales = loaded.sources().get("sales");
    assertThat(sales.columns().keySet()).containsExactly("order_id", "day", "location_id", "customer", "revenue", "cost");
    assertThat(sales.headers()).containsOnly(entry("order_id", "Order ID"), entry("day", "Business Day"));
  }

  @Test
  void keysNameAColumnByItsIdentifierNotItsHeader() {
    String yaml = replace(tinyWith("      order_id: string\n", "      Order ID: string\n"),
        "    business_key: [order_id]\n", "    business_key: [Order ID]\n");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales.business_key",
        "'Order ID' is the column's name in the file; keys, rules and measures use its identifier 'order_id'"));
  }

  @Test
  void twoColumnsWithOneIdentifier() {
    String yaml = tinyWith("      revenue: double\n", "      revenue: double\n      Revenue: double\n");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales.columns.Revenue",
        "has the identifier 'revenue', as has column 'revenue'; give one of them another with as:"));
  }

  @Test
  void anIdentifierGivenWithAsMustBeOne() {
    String yaml = tinyWith("      customer: string\n", "      customer: { type: string, as: Customer Name }\n");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales.columns.customer.as",
        "'Customer Name' is not a column identifier: use lower-case letters, digits and '_', starting with a letter"));
  }

  @Test
  void aColumnNamedWithoutLettersOrDigitsNeedsAnIdentifier() {
    String yaml = tinyWith("      cost: double\n", "      cost: double\n      \"%%\": string\n");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales.columns.%%",
        "has no letter or digit to name the column by; give it an identifier: { type: string, as: some_name }"));
  }

  @Test
  void tenantIdIsReservedForSilver() {
    String yaml = tinyWith("      cost: double\n", "      cost: double\n      Tenant ID: string\n");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales.columns.Tenant ID",
        "the identifier 'tenant_id' is reserved (silver tables keep each row's tenant there); give the column "
            + "another: { type: string, as: export_tenant_id }"));
  }

  @Test
  void locationCodesMapToKnownLocationsAndNeverToAnotherId() {
    String yaml = tinyWith("    location_column: location_id\n", """
            location_column: location_id
            location_codes: { S01: l1, s01: l2, L2: l1, S09: l9 }
        """);
    assertThat(problems(yaml)).containsExactly(
        problem("sources.sales.location_codes.s01", "reads as code 'S01' (codes match ignoring case and "
            + "surrounding spaces); keep one"),
        problem("sources.sales.location_codes.L2", "is also the id of location 'l2'; a code must not read as "
            + "another location's id"),
        problem("sources.sales.location_codes.S09", "unknown location 'l9' (known: [l1, l2, l3])"));
  }

  @Test
  void aKeyThatWouldHaveNoEffectIsAnError() {
    String yaml = replace(replace(TINY,
        "revenue_yoy: { name: Revenue growth, objective: grow, type: growth, expr: revenue,",
        "revenue_yoy: { name: Revenue growth, objective: grow, type: growth, expr: revenue, scale: 100,"),
        "margin: { name: Gross margin, objective: margin, type: ratio,",
        "margin: { name: Gross margin, objective: margin, type: ratio, expr: revenue, against: previous,");
    assertThat(problems(yaml)).containsExactly(
        problem("kpis.revenue_yoy.scale", "has no effect here: a growth KPI is a percentage change; remove scale"),
        problem("kpis.margin.expr", "has no effect here: a ratio KPI is numerator / denominator; remove expr"),
        problem("kpis.margin.against", "has no effect here: only a growth KPI compares against a period; remove "
            + "against, or type: growth"));
  }

  @Test
  void twoTargetsForTheSameScope() {
    String yaml = tinyWith("  - { kpi: customers, grain: month, target: 4 }\n",
        "  - { kpi: customers, grain: month, target: 4 }\n  - { kpi: customers, grain: month, target: 5 }\n");
    assertThat(problems(yaml)).containsExactly(problem("targets[6]",
        "applies to the same KPI, grain, level, node and period as targets[5]; keep one"));
  }

  @Test
  void ratioScoringNeedsAPositiveTarget() {
    String yaml = tinyWith("{ kpi: customers, grain: month, target: 4 }", "{ kpi: customers, grain: month, target: 0 }");
    assertThat(problems(yaml)).containsExactly(problem("targets[5].target",
        "is 0.0; a value-to-target ratio needs a positive target: give a baseline (linear progress) instead"));
  }

  @Test
  void targetThresholdsAreCheckedAgainstTheKpisOwn() {
    String yaml = tinyWith("cost_ratio: { name: Cost ratio,", "cost_ratio: { scoring: { green: 95, amber: 85 }, name: Cost ratio,")
        .replace("{ kpi: cost_ratio, grain: month, target: 50, baseline: 70 }",
            "{ kpi: cost_ratio, grain: month, target: 50, baseline: 70, green: 80 }");
    assertThat(yaml).contains("green: 80 }");
    assertThat(problems(yaml)).containsExactly(problem("targets[4]",
        "thresholds must satisfy 0 <= amber <= green <= 100, got green 80.0, amber 85.0"));
  }

  @Test
  void typeNamesInKpiExpressionsAreNotMeasures() {
    String yaml = tinyWith("numerator: big_orders,", "numerator: cast(big_orders AS DOUBLE),");
    assertThat(problems(yaml)).isEmpty();
  }

  @Test
  void unknownTopLevelKey() {
    String yaml = tinyWith("name: Tiny Test Co\n", "name: Tiny Test Co\ncurency: EUR\n");
    assertThat(problems(yaml)).containsExactly(problem("curency", "unknown key (expected one of [alerts, currency, "
        + "fiscal_year_start_month, forecast, hierarchy, kpis, links, measures, name, objectives, perspectives, "
        + "sources, strategy, targets, tenant_id])"));
  }

  @Test
  void forecastHorizonIsPerGrainWithinOneTo24() {
    String yaml = TINY + "forecast:\n  horizon: { month: 6, quarter: 0, year: 30, day: 2 }\n";
    assertThat(problems(yaml)).containsExactlyInAnyOrder(
        problem("forecast.horizon.day", "unknown key (expected one of [month, quarter, week, year])"),
        problem("forecast.horizon.quarter", "must be 1-24 periods, got 0"),
        problem("forecast.horizon.year", "must be 1-24 periods, got 30"));
  }

  @Test
  void forecastHorizonDefaultsPerGrainAndTakesTheTenants() {
    TenantConfig tenant = TenantFixture.load(conf, "tiny", TINY + "forecast:\n  horizon: { month: 6 }\n");
    assertThat(tenant.forecast().horizon(Grain.MONTH)).isEqualTo(6);
    assertThat(tenant.forecast().horizon(Grain.QUARTER)).isEqualTo(2);
    assertThat(tenant.forecast().horizon(Grain.YEAR)).isEqualTo(1);
    assertThat(tenant.forecast().horizon(Grain.WEEK)).isEqualTo(4);
  }

  @Test
  void missingRequiredKey() {
    String yaml = tinyWith("    date_column: day\n", "");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales.date_column", "is required"));
  }

  @Test
  void missingTargetValue() {
    String yaml = tinyWith("{ kpi: customers, grain: month, target: 4 }", "{ kpi: customers, grain: month }");
    assertThat(problems(yaml)).containsExactly(problem("targets[5].target", "is required"));
  }

  @Test
  void unknownMeasureSource() {
    String yaml = tinyWith("cost: { source: sales,", "cost: { source: sale,");
    assertThat(problems(yaml)).containsExactly(problem("measures.cost.source", "unknown source 'sale' (known: [sales])"));
  }

  @Test
  void unknownObjectiveOfKpi() {
    String yaml = tinyWith("customers: { name: Customers, objective: reach,", "customers: { name: Customers, objective: rech,");
    assertThat(problems(yaml)).containsExactly(problem("kpis.customers.objective",
        "unknown objective 'rech' (known: [grow, margin, reach])"));
  }

  @Test
  void unknownPerspectiveOfObjective() {
    String yaml = tinyWith("perspective: customer,", "perspective: customers,");
    assertThat(problems(yaml)).containsExactly(problem("objectives.reach.perspective",
        "unknown perspective 'customers' (known: [financial, customer])"));
  }

  @Test
  void unknownMeasureInKpiExpression() {
    String yaml = tinyWith("numerator: revenue - cost", "numerator: revenu - cost");
    assertThat(problems(yaml)).containsExactly(problem("kpis.margin.numerator",
        "unknown measure 'revenu' in 'revenu - cost' (measures: [revenue, cost, customers, orders, big_orders])"));
  }

  @Test
  void functionsAndSqlWordsInKpiExpressionAreNotMeasures() {
    String yaml = tinyWith("expr: customers }", "expr: \"coalesce(customers, 0) * 1e2\" }");
    assertThat(problems(yaml)).isEmpty();
  }

  @Test
  void duplicateLocationId() {
    String yaml = tinyWith("{ id: l3, name: Loc three }", "{ id: l2, name: Loc three }");
    assertThat(problems(yaml)).containsExactly(problem("hierarchy.regions[1].locations[0].id",
        "duplicate id 'l2': region and location ids must be unique in a tenant"));
  }

  @Test
  void duplicateYamlKeyIsAParseError() {
    String yaml = tinyWith("name: Tiny Test Co\n", "name: Tiny Test Co\nname: Tiny again\n");
    assertThat(problems(yaml)).containsExactly(file("tiny") + ": is not valid YAML: Duplicate field 'name'");
  }

  @Test
  void cycleInStrategyMap() {
    String yaml = tinyWith("  - { from: reach, to: grow }\n",
        "  - { from: reach, to: grow }\n  - { from: grow, to: margin }\n  - { from: margin, to: reach }\n");
    assertThat(problems(yaml)).containsExactly(problem("links",
        "the strategy map has a cycle: grow -> margin -> reach -> grow (an arrow is cause -> effect; remove one)"));
  }

  @Test
  void aLinkJoinsObjectivesOrKpisAndNothingElse() {
    assertThat(problems(tinyWith("{ from: reach, to: grow }", "{ from: customers, to: revenue }"))).isEmpty();
    assertThat(problems(tinyWith("{ from: reach, to: grow }", "{ from: customer, to: grow }"))).containsExactly(
        problem("links[0].from", "unknown objective or KPI 'customer' (known: [big_share, cost_ratio, customers, grow, "
            + "margin, reach, revenue, revenue_mom, revenue_yoy])"));
  }

  @Test
  void selfLinkIsACycle() {
    String yaml = tinyWith("{ from: reach, to: grow }", "{ from: reach, to: reach }");
    assertThat(problems(yaml)).containsExactly(problem("links",
        "the strategy map has a cycle: reach -> reach (an arrow is cause -> effect; remove one)"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "financial: { name: Financial, weight: 3 } | financial: { name: Financial, weight: 0 }  | perspectives.financial.weight | 0.0",
      "theme: growth, weight: 2 }                | theme: growth, weight: -2 }                | objectives.grow.weight        | -2.0",
      "expr: customers }                         | expr: customers, weight: 0 }               | kpis.customers.weight         | 0.0",
      "expr: customers }                         | expr: customers, weight: -0.5 }            | kpis.customers.weight         | -0.5",
  })
  void weightMustBePositive(String snippet, String replacement, String key, String shown) {
    assertThat(problems(tinyWith(snippet, replacement))).containsExactly(problem(key, "must be a positive number, got " + shown));
  }

  @Test
  void sourcePathMustNotLeaveLandingFolder() {
    String yaml = tinyWith("path: \"sales/*.csv\"", "path: \"sales/../../other/*.csv\"");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales.path",
        "'sales/../../other/*.csv' leaves the tenant's landing folder (remove '..')"));
  }

  @Test
  void sourcePathMayStartWithDotDotAsPartOfAName() {
    assertThat(problems(tinyWith("path: \"sales/*.csv\"", "path: \"sales/..old/*.csv\""))).isEmpty();
  }

  @Test
  void sourcePathMustNotBeAbsolute() {
    String yaml = tinyWith("path: \"sales/*.csv\"", "path: \"/data/sales/*.csv\"");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales.path",
        "'/data/sales/*.csv' is absolute; give a glob relative to the tenant's landing folder"));
  }

  @Test
  void targetForUnknownKpi() {
    String yaml = tinyWith("{ kpi: customers, grain: month, target: 4 }", "{ kpi: customer, grain: month, target: 4 }");
    assertThat(problems(yaml)).containsExactly(problem("targets[5].kpi",
        "unknown KPI 'customer' (known: [revenue, revenue_yoy, revenue_mom, margin, cost_ratio, customers, big_share])"));
  }

  @Test
  void targetForUnknownNode() {
    String yaml = tinyWith("node: l1,", "node: l9,");
    assertThat(problems(yaml)).containsExactly(problem("targets[1].node",
        "unknown node 'l9' (a location, region or the tenant id)"));
  }

  @Test
  void targetForRegionAndOrgNodes() {
    assertThat(problems(tinyWith("node: l1,", "node: r2,"))).isEmpty();
    assertThat(problems(tinyWith("node: l1,", "node: tiny,"))).isEmpty();
  }

  /** tiny's fiscal year starts in April: quarters start Jan, Apr, Jul, Oct; years on April 1st. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "quarter, 2025-02-01, 2025-01-01",
      "quarter, 2025-05-01, 2025-04-01",
      "year,    2025-01-01, 2024-04-01",
      "year,    2025-10-01, 2025-04-01",
      "month,   2025-04-15, 2025-04-01",
  })
  void targetPeriodMustBeAPeriodStart(String grain, String period, String start) {
    String yaml = tinyWith("grain: month, level: location, period: 2025-04-01,",
        "grain: " + grain + ", level: location, period: " + period + ",");
    assertThat(problems(yaml)).containsExactly(problem("targets[2].period",
        period + " is not the first day of a " + grain + " (that period starts " + start + ")"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"quarter, 2025-01-01", "quarter, 2025-07-01", "year, 2025-04-01", "month, 2025-02-01"})
  void targetPeriodAtAFiscalPeriodStartIsFine(String grain, String period) {
    String yaml = tinyWith("grain: month, level: location, period: 2025-04-01,",
        "grain: " + grain + ", level: location, period: " + period + ",");
    assertThat(problems(yaml)).isEmpty();
  }

  @Test
  void targetPeriodMustBeADate() {
    String yaml = tinyWith("period: 2025-04-01,", "period: 2025-04-31,");
    assertThat(problems(yaml)).containsExactly(problem("targets[2].period", "must be a date as YYYY-MM-DD, got '2025-04-31'"));
  }

  @Test
  void targetAtAGrainTheKpiDoesNotReport() {
    String yaml = tinyWith("{ kpi: customers, grain: month,", "{ kpi: customers, grain: week,");
    assertThat(problems(yaml)).containsExactly(problem("targets[5].grain",
        "KPI 'customers' is not reported at week (its grains: [month, quarter, year])"));
  }

  @Test
  void baselineEqualToTarget() {
    String yaml = tinyWith("{ kpi: margin, grain: month, target: 50, baseline: 30 }", "{ kpi: margin, grain: month, target: 50, baseline: 50 }");
    assertThat(problems(yaml)).containsExactly(problem("targets[3].baseline",
        "equals the target (50.0): progress from baseline to target is undefined"));
  }

  @Test
  void targetThresholdsAmberAboveGreen() {
    String yaml = tinyWith("green: 95, amber: 50", "green: 60, amber: 80");
    assertThat(problems(yaml)).containsExactly(problem("targets[2]",
        "thresholds must satisfy 0 <= amber <= green <= 100, got green 60.0, amber 80.0"));
  }

  @Test
  void kpiScoringThresholdsAmberAboveGreen() {
    String yaml = tinyWith("expr: customers }", "expr: customers, scoring: { green: 70, amber: 90 } }");
    assertThat(problems(yaml)).containsExactly(problem("kpis.customers.scoring",
        "thresholds must satisfy 0 <= amber <= green <= 100, got green 70.0, amber 90.0"));
  }

  @Test
  void kpiBoundsMinNotBelowMax() {
    String yaml = tinyWith("bounds: { min: 0, max: 100 }", "bounds: { min: 100, max: 0 }");
    assertThat(problems(yaml)).containsExactly(problem("kpis.big_share.bounds",
        "min 100 must be below max 0, e.g. bounds: { min: 0, max: 100 }"));
  }

  @Test
  void kpiBoundsTakeOnlyMinAndMax() {
    String yaml = tinyWith("bounds: { min: 0, max: 100 }", "bounds: { floor: 0 }");
    assertThat(problems(yaml)).singleElement().asString().contains("kpis.big_share.bounds.floor");
  }

  @Test
  void fiscalYearStartMonthOutOfRange() {
    String yaml = tinyWith("fiscal_year_start_month: 4\n", "fiscal_year_start_month: 13\n");
    assertThat(problems(yaml)).containsExactly(problem("fiscal_year_start_month", "must be a month number 1-12, got 13"));
  }

  @Test
  void dateColumnNotAmongColumns() {
    String yaml = tinyWith("date_column: day", "date_column: date");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales.date_column",
        "unknown column 'date' (declared: [order_id, day, location_id, customer, revenue, cost])"));
  }

  @Test
  void bothLocationColumnAndFixedLocation() {
    String yaml = tinyWith("    location_column: location_id\n", "    location_column: location_id\n    location: l1\n");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales",
        "set exactly one of location_column (a column holding the location id) or location (one fixed location id)"));
  }

  @Test
  void neitherLocationColumnNorFixedLocation() {
    String yaml = tinyWith("    location_column: location_id\n", "");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales",
        "set exactly one of location_column (a column holding the location id) or location (one fixed location id)"));
  }

  @Test
  void validRulesNumberStyleAndTenantColumnHaveNoProblems() {
    String yaml = tinyWith("    max_bad_ratio: 0.5\n", """
            max_bad_ratio: 0.5
            tenant_column: customer
            decimal_separator: ","
            thousands_separator: "."
            rules:
              - { column: revenue, check: range, min: 0, max: 100000 }
              - { column: customer, check: allowed, values: [c1, c2], level: warn }
              - { column: order_id, check: pattern, regex: "o[0-9]+" }
              - { column: day, check: date_window, from: 2020-01-01, until: 2030-12-31 }
              - { column: cost, check: required, level: warn }
        """);
    assertThat(problems(yaml)).isEmpty();
    SourceSpec sales = ConfigLoader.load(conf, List.of("tiny")).get(0).sources().get("sales");
    assertThat(sales.numbers()).isEqualTo(new NumberStyle(',', '.'));
    assertThat(sales.tenantColumn()).contains("customer");
    assertThat(sales.rules()).hasSize(5);
    assertThat(sales.rules().get(1)).satisfies(r -> {
      assertThat(r.check()).isEqualTo(RuleCheck.ALLOWED);
      assertThat(r.level()).isEqualTo(RuleLevel.WARN);
      assertThat(r.values()).containsExactly("c1", "c2");
    });
    assertThat(sales.rules().get(0).level()).as("level defaults to error").isEqualTo(RuleLevel.ERROR);
  }

  /** One rule at sources.sales.rules[0]; each case is one mistake and the exact problem it gives. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{ column: revnue, check: range, min: 0 }"
          + "| sources.sales.rules[0].column | unknown column 'revnue' (declared: [order_id, day, location_id, customer, revenue, cost])",
      "{ column: revenue, check: between, min: 0 }"
          + "| sources.sales.rules[0].check | unknown value 'between' (expected one of required, range, allowed, pattern, date_window)",
      "{ check: required }"
          + "| sources.sales.rules[0].column | is required",
      "{ column: revenue, check: range, min: 10, max: 5 }"
          + "| sources.sales.rules[0].min | 10.0 is above max 5.0 (swap them)",
      "{ column: revenue, check: range }"
          + "| sources.sales.rules[0] | check range needs min, max or both (such as min: 0, max: 100000)",
      "{ column: revenue, check: range, min: zero }"
          + "| sources.sales.rules[0].min | must be a number, got 'zero'",
      "{ column: day, check: range, min: 0 }"
          + "| sources.sales.rules[0].column | check range cannot test column 'day', declared date (it tests [int, long, double, decimal] columns; for a date column use check: date_window with from and until)",
      "{ column: customer, check: allowed }"
          + "| sources.sales.rules[0].values | check allowed needs the list of allowed values (such as values: [store, web])",
      "{ column: revenue, check: allowed, values: [1, 2] }"
          + "| sources.sales.rules[0].column | check allowed cannot test column 'revenue', declared double (it tests [string] columns)",
      "'{ column: order_id, check: pattern, regex: \"o[0-9\" }'"
          + "| sources.sales.rules[0].regex | 'o[0-9' is not a valid Java regular expression: Unclosed character class at index 4 (it must match the whole value, such as R[0-9]{6})",
      "{ column: order_id, check: pattern }"
          + "| sources.sales.rules[0].regex | check pattern needs a regex (a Java regular expression the whole value must match, such as \"R[0-9]{6}\")",
      "{ column: day, check: date_window, from: 2025-01-01, until: 2024-01-01 }"
          + "| sources.sales.rules[0].from | 2025-01-01 is after until 2024-01-01 (swap them)",
      "{ column: day, check: date_window, from: as_of - 7 days, until: as_of - 2 weeks }"
          + "| sources.sales.rules[0].from | as_of - 1 week is after until as_of - 2 weeks (swap them)",
      "{ column: day, check: date_window, from: 2025-02-30 }"
          + "| sources.sales.rules[0].from | must be a date as YYYY-MM-DD or relative to the as-of date (as_of, as_of - 3 years, as_of + 7 days), got '2025-02-30'",
      "{ column: day, check: date_window }"
          + "| sources.sales.rules[0] | check date_window needs from, until or both (dates as YYYY-MM-DD, such as from: 2020-01-01, or relative to the as-of date, such as until: as_of)",
      "{ column: customer, check: required, min: 1 }"
          + "| sources.sales.rules[0].min | does not apply to check required (it takes no settings besides column and level)",
      "{ column: customer, check: required, level: fatal }"
          + "| sources.sales.rules[0].level | unknown value 'fatal' (expected one of error, warn)",
      "{ column: customer, check: required, message: hi }"
          + "| sources.sales.rules[0].message | unknown key (expected one of [check, column, from, level, max, min, regex, until, values])",
  })
  void badRule(String rule, String key, String message) {
    String yaml = tinyWith("    max_bad_ratio: 0.5\n", "    max_bad_ratio: 0.5\n    rules:\n      - " + rule + "\n");
    assertThat(problems(yaml)).containsExactly(problem(key, message));
  }

  /** Bounds in units of unequal length cross from night to night: a window, not a mistake. */
  @Test
  void relativeBoundsInOtherUnitsAreNoSwap() {
    String yaml = tinyWith("    max_bad_ratio: 0.5\n", "    max_bad_ratio: 0.5\n    rules:\n      - { column: day, "
        + "check: date_window, from: as_of - 1 month, until: as_of - 30 days }\n");
    assertThat(problems(yaml)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "tenant_column: tenant        | sources.sales.tenant_column | unknown column 'tenant' (declared: [order_id, day, location_id, customer, revenue, cost])",
      "tenant_column: revenue       | sources.sales.tenant_column | column 'revenue' is declared double; declare it string (tenant ids are text)",
      "decimal_separator: ';'       | sources.sales.decimal_separator | ';' is not a decimal separator (use \".\" or \",\")",
      "decimal_separator: ',,'      | sources.sales.decimal_separator | must be one character, got ',,'",
      "thousands_separator: x       | sources.sales.thousands_separator | 'x' is not a thousands separator (use one of \".\", \",\", \"'\", \" \", \"_\")",
      "thousands_separator: '.'     | sources.sales.thousands_separator | '.' is also the decimal separator; set two different characters (such as decimal_separator: \",\" and thousands_separator: \".\")",
  })
  void badSourceSetting(String setting, String key, String message) {
    String yaml = tinyWith("    max_bad_ratio: 0.5\n", "    max_bad_ratio: 0.5\n    " + setting + "\n");
    assertThat(problems(yaml)).containsExactly(problem(key, message));
  }

  @Test
  void numberStyleIsForCsvOnly() {
    String yaml = tinyWith("    format: csv\n", "    format: jsonl\n    decimal_separator: \",\"\n");
    assertThat(problems(yaml)).containsExactly(problem("sources.sales",
        "decimal_separator and thousands_separator apply to csv sources only (JSON numbers always use '.'); remove them"));
  }

  @Test
  void everyProblemOfAFileIsListedAtOnce() {
    String yaml = replace(TINY, "tenant_id: tiny\n", "tenant_id: tiny\nbudget: 5\n");
    yaml = replace(yaml, "fiscal_year_start_month: 4\n", "fiscal_year_start_month: 13\n");
    yaml = replace(yaml, "{ id: l3, name: Loc three }", "{ id: l2, name: Loc three }");
    yaml = replace(yaml, "cost: { source: sales,", "cost: { source: sale,");
    yaml = replace(yaml, "financial: { name: Financial, weight: 3 }", "financial: { name: Financial, weight: 0 }");
    yaml = replace(yaml, "node: l1,", "node: l9,");
    List<String> expected = List.of(
        problem("budget", "unknown key (expected one of [alerts, currency, fiscal_year_start_month, forecast, hierarchy, kpis, "
            + "links, measures, name, objectives, perspectives, sources, strategy, targets, tenant_id])"),
        problem("fiscal_year_start_month", "must be a month number 1-12, got 13"),
        problem("hierarchy.regions[1].locations[0].id", "duplicate id 'l2': region and location ids must be unique in a tenant"),
        problem("measures.cost.source", "unknown source 'sale' (known: [sales])"),
        problem("perspectives.financial.weight", "must be a positive number, got 0.0"),
        problem("targets[1].node", "unknown node 'l9' (a location, region or the tenant id)"));

    assertThat(problems(yaml)).hasSize(6).containsExactlyElementsOf(expected);
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(conf, List.of("tiny")));
    assertThat(e.problems()).hasSize(6);
    assertThat(e).hasMessage(String.join("\n", expected));
  }

  @Test
  void loadingAnUnknownTenantSaysWhereItsFileWasExpected() {
    TenantFixture.write(conf, "tiny", TINY);
    Path dir = conf.resolve("tenants");
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(conf, List.of("tiny", "other")));
    assertThat(e.problems()).extracting(ConfigProblem::toString).containsExactly(
        dir + ": no config for tenant 'other' (expected " + dir.resolve("other.yaml") + ")");
  }

  @Test
  void alertsAreReadWithTheirDefaultsAndPerKpiOverrides() {
    String yaml = TINY + "alerts:\n  status: { amber: true }\n  forecast_risk: { below: 0.4 }\n  anomaly: false\n"
        + "  kpis:\n    margin: { status: false, transition: { hysteresis: 12 } }\n"
        + "  webhook: { url: \"https://hooks.example.com/x\", secret_env: TINY_HOOK_SECRET }\n";
    assertThat(problems(yaml)).isEmpty();
    AlertSettings alerts = ConfigLoader.load(conf, List.of("tiny")).get(0).alerts();

    assertThat(alerts.rules()).isEqualTo(new AlertRules(true, true, true, 10, true, 0.4, false, 0.5));
    assertThat(alerts.rules("margin")).isEqualTo(new AlertRules(false, true, true, 12, true, 0.4, false, 0.5));
    assertThat(alerts.rules("revenue")).isEqualTo(alerts.rules());
    assertThat(alerts.webhook()).contains(new AlertSettings.Webhook(java.net.URI.create("https://hooks.example.com/x"),
        "TINY_HOOK_SECRET"));
    assertThat(alerts.email()).isEmpty();
    assertThat(alerts.staleFactor()).isEqualTo(3);
  }

  @Test
  void alertSettingsSayWhatIsWrongAndHowToFixIt() {
    String yaml = TINY + "alerts:\n  status: maybe\n  forecast_risk: { below: 30 }\n  transition: { hysterisis: 5 }\n"
        + "  fold_share: 0\n  grains: [month, decade]\n  kpis:\n    revenu: { anomaly: false }\n"
        + "  webhook: { url: \"ftp://example.com\", secret_env: \"s3cr3t value\" }\n"
        + "  email: { host: smtp.example.com, from: ops, to: [], password_env: SMTP_PASS }\n"
        + "  retry: { attempts: 0 }\n";
    assertThat(problems(yaml)).containsExactlyInAnyOrder(
        problem("alerts.status", "must be true, false or a mapping of its settings, got 'maybe'"),
        problem("alerts.forecast_risk.below", "must be a share between 0 and 1, got 30.0"),
        problem("alerts.transition.hysterisis", "unknown key (expected one of [enabled, hysteresis])"),
        problem("alerts.fold_share", "must be a share between 0 (excluded) and 1, got 0.0"),
        problem("alerts.grains", "unknown value 'decade' (expected one of week, month, quarter, year)"),
        problem("alerts.kpis.revenu", "is not a KPI of this tenant (KPIs: [big_share, cost_ratio, customers, margin, revenue, revenue_mom, revenue_yoy])"),
        problem("alerts.webhook.url", "must be an http:// or https:// address with a host, got 'ftp://example.com'"),
        problem("alerts.webhook.secret_env", "must name an environment variable (letters, digits, _), got 's3cr3t value'; "
            + "put the secret itself in that variable, never in the YAML"),
        problem("alerts.email.to", "is required: a list of addresses, such as [owner@example.com]"),
        problem("alerts.email.from", "'ops' is not an e-mail address"),
        problem("alerts.email", "needs both username_env and password_env for an SMTP login, or neither"),
        problem("alerts.retry.attempts", "must be between 1 and 10, got 0"));
  }

  private String problem(String key, String message) {
    return problem("tiny", key, message);
  }

  private String problem(String fileId, String key, String message) {
    return file(fileId) + ": " + key + ": " + message;
  }

  private String file(String fileId) {
    return conf.resolve(ConfigLoader.TENANTS_DIR).resolve(fileId + ".yaml").toString();
  }

  private List<String> problems(String yaml) {
    return problems("tiny", yaml);
  }

  private List<String> problems(String fileId, String yaml) {
    Path written = TenantFixture.write(conf, fileId, yaml);
    return ConfigLoader.check(written).stream().map(ConfigProblem::toString).toList();
  }

  /** tiny.yaml with {@code snippet}, which must occur exactly once, replaced. */
  private static String tinyWith(String snippet, String replacement) {
    return replace(TINY, snippet, replacement);
  }

  private static String replace(String yaml, String snippet, String replacement) {
    assertThat(yaml).as("the YAML holds the snippet exactly once").containsOnlyOnce(snippet);
    String changed = yaml.replace(snippet, replacement);
    assertThat(changed).as("replacing %s changed the YAML", snippet).isNotEqualTo(yaml);
    return changed;
  }
}
