package dev.scorecard.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one tenant YAML file into a {@link TenantConfig}, collecting every shape problem (missing
 * keys, wrong types, unknown keys or values) instead of stopping at the first. Cross-references are
 * checked afterwards by {@link ConfigValidator}.
 */
final class TenantConfigParser {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** The column of silver tables that holds each row's tenant (publish.SilverTables.TENANT). */
  private static final String SILVER_TENANT = "tenant_id";

  private final Problems problems;

  private TenantConfigParser(Problems problems) {
    this.problems = problems;
  }

  /** Parses {@code file}; problems found are added to {@code problems}. */
  static Optional<TenantConfig> parse(Path file, Problems problems) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      problems.add("", "is not valid YAML: %s", e.getMessage().lines().findFirst().orElse(""));
      return Optional.empty();
    }
    if (root == null || !root.isObject()) {
      problems.add("", "must be a YAML mapping with tenant_id, hierarchy, sources, kpis, ...");
      return Optional.empty();
    }
    return Optional.of(new TenantConfigParser(problems).tenant(file, new YamlNode(root, "", problems)));
  }

  private TenantConfig tenant(Path file, YamlNode root) {
    root.allowOnly(Set.of("tenant_id", "name", "fiscal_year_start_month", "currency", "strategy",
        "hierarchy", "sources", "measures", "perspectives", "objectives", "kpis", "links", "targets", "forecast", "alerts"));
    String tenantId = root.text("tenant_id");
    Map<String, KpiSpec> kpis = map(root.children("kpis"), this::kpi);
    return new TenantConfig(
        file,
        tenantId,
        root.text("name", tenantId),
        root.integer("fiscal_year_start_month", 1),
        root.text("currency", ""),
        strategy(root.section("strategy")),
        hierarchy(root.section("hierarchy"), tenantId),
        map(root.children("sources"), this::source),
        map(root.children("measures"), this::measure),
        map(root.children("perspectives"), this::perspective),
        map(root.children("objectives"), this::objective),
        kpis,
        root.items("links").stream().map(this::link).toList(),
        root.items("targets").stream().map(this::target).toList(),
        forecast(root.section("forecast")),
        new AlertSettingsParser(problems).parse(root.section("alerts"), kpis.keySet()));
  }

  private interface Reader<T> {
    T read(String id, YamlNode node);
  }

  private static <T> Map<String, T> map(Map<String, YamlNode> nodes, Reader<T> reader) {
    Map<String, T> out = new LinkedHashMap<>();
    nodes.forEach((id, node) -> out.put(id, reader.read(id, node)));
    return out;
  }

  private Strategy strategy(YamlNode node) {
    node.allowOnly(Set.of("mission", "vision", "themes"));
    return new Strategy(node.text("mission", ""), node.text("vision", ""), node.texts("themes", List.of()));
  }

  private ForecastSettings forecast(YamlNode node) {
    node.allowOnly(Set.of("horizon"));
    YamlNode horizon = node.section("horizon");
    horizon.allowOnly(java.util.Arrays.stream(Grain.values()).map(Grain::id).collect(java.util.stream.Collectors.toSet()));
    Map<Grain, Integer> horizons = new java.util.EnumMap<>(Grain.class);
    for (Grain grain : Grain.values()) {
      if (horizon.has(grain.id())) {
        horizons.put(grain, horizon.integer(grain.id(), ForecastSettings.DEFAULT.horizon(grain)));
      }
    }
    return new ForecastSettings(horizons);
  }

  private Hierarchy hierarchy(YamlNode node, String tenantId) {
    node.allowOnly(Set.of("org_name", "regions"));
    List<Hierarchy.Region> regions = new ArrayList<>();
    for (YamlNode region : node.items("regions")) {
      region.allowOnly(Set.of("id", "name", "locations"));
      List<Hierarchy.Location> locations = region.items("locations").stream().map(this::location).toList();
      String id = region.text("id");
      regions.add(new Hierarchy.Region(id, region.text("name", id), locations));
    }
    if (regions.isEmpty()) {
      problems.add(node.key("regions"), "is required: at least one region with at least one location");
    }
    return new Hierarchy(node.text("org_name", tenantId), regions);
  }

  private Hierarchy.Location location(YamlNode node) {
    node.allowOnly(Set.of("id", "name"));
    String id = node.text("id");
    return new Hierarchy.Location(id, node.text("name", id));
  }

  private SourceSpec source(String id, YamlNode node) {
    node.allowOnly(Set.of("path", "format", "delimiter", "columns", "business_key", "date_column",
        "location_column", "location", "location_codes", "max_bad_ratio", "tenant_column", "decimal_separator",
        "thousands_separator", "rules"));
    Map<String, ColumnType> columns = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    node.children("columns").forEach((header, column) -> column(column, header, columns, headers));
    if (columns.isEmpty()) {
      problems.add(node.key("columns"), "is required: the source's columns as name: type");
    }
    String delimiter = node.text("delimiter", String.valueOf(SourceSpec.DELIMITER_DEFAULT));
    if (delimiter.length() != 1) {
      problems.add(node.key("delimiter"), "must be one character, got '%s'", delimiter);
    }
    return new SourceSpec(
        id,
        node.text("path"),
        node.choice("format", SourceFormat.class, SourceFormat.CSV),
        delimiter.isEmpty() ? SourceSpec.DELIMITER_DEFAULT : delimiter.charAt(0),
        columns,
        headers,
        node.texts("business_key", List.of()),
        node.text("date_column"),
        node.optText("location_column"),
        node.optText("location"),
        node.number("max_bad_ratio", SourceSpec.MAX_BAD_RATIO_DEFAULT),
        node.optText("tenant_column"),
        numbers(node),
        node.items("rules").stream().map(this::rule).toList(),
        node.scalars("location_codes"));
  }

  /**
   * One entry of a source's {@code columns}: the name in the file, then its type ({@code Net Sales:
   * decimal}) or its type and identifier ({@code Store: { type: string, as: store_code }}).
   */
  private void column(YamlNode column, String header, Map<String, ColumnType> columns, Map<String, String> headers) {
    String type;
    Optional<String> as = Optional.empty();
    if (column.isScalar()) {
      type = column.scalar();
    } else {
      column.allowOnly(Set.of("type", "as"));
      type = column.text("type");
      as = column.optText("as");
    }
    String id = as.orElseGet(() -> ColumnNames.identifier(header));
    if (as.isPresent() && !ColumnNames.IDENTIFIER.matcher(id).matches()) {
      problems.add(column.key("as"), "'%s' is not a column identifier: use lower-case letters, digits and '_', "
          + "starting with a letter", id);
      return;
    }
    if (id.isEmpty()) {
      problems.add(column.path(), "has no letter or digit to name the column by; give it an identifier: "
          + "{ type: %s, as: some_name }", type);
      return;
    }
    if (id.equals(SILVER_TENANT)) {
      problems.add(column.path(), "the identifier '%s' is reserved (silver tables keep each row's tenant there); "
          + "give the column another: { type: %s, as: export_%s }", id, type, id);
      return;
    }
    String other = columns.containsKey(id) ? headers.getOrDefault(id, id) : null;
    if (other != null) {
      problems.add(column.path(), "has the identifier '%s', as has column '%s'; give one of them another with as:",
          id, other);
      return;
    }
    columns.put(id, column.choiceOf(column.path(), type, ColumnType.class).orElse(ColumnType.STRING));
    if (!id.equals(header)) {
      headers.put(id, header);
    }
  }

  private NumberStyle numbers(YamlNode node) {
    char decimal = oneCharacter(node, "decimal_separator").orElse(NumberStyle.DECIMAL_DEFAULT);
    char thousands = oneCharacter(node, "thousands_separator").orElse(NumberStyle.NO_GROUPING);
    return new NumberStyle(decimal, thousands);
  }

  private Optional<Character> oneCharacter(YamlNode node, String name) {
    Optional<String> text = node.optText(name);
    if (text.isPresent() && text.get().length() != 1) {
      problems.add(node.key(name), "must be one character, got '%s'", text.get());
      return Optional.empty();
    }
    return text.map(t -> t.charAt(0));
  }

  private RuleSpec rule(YamlNode node) {
    node.allowOnly(Set.of("column", "check", "level", "min", "max", "values", "regex", "from", "until"));
    return new RuleSpec(
        node.text("column"),
        node.requiredChoice("check", RuleCheck.class, RuleCheck.REQUIRED),
        node.choice("level", RuleLevel.class, RuleSpec.LEVEL_DEFAULT),
        node.optNumber("min"),
        node.optNumber("max"),
        node.texts("values", List.of()),
        node.optText("regex"),
        node.optDateBound("from"),
        node.optDateBound("until"));
  }

  private MeasureSpec measure(String id, YamlNode node) {
    node.allowOnly(Set.of("source", "agg", "expr", "filter", "description"));
    return new MeasureSpec(id, node.text("source"), node.choice("agg", Aggregation.class, Aggregation.SUM),
        node.optText("expr"), node.optText("filter"));
  }

  private PerspectiveSpec perspective(String id, YamlNode node) {
    node.allowOnly(Set.of("name", "weight", "description"));
    return new PerspectiveSpec(id, node.text("name", id), node.number("weight", 1));
  }

  private ObjectiveSpec objective(String id, YamlNode node) {
    node.allowOnly(Set.of("name", "perspective", "theme", "weight", "description"));
    return new ObjectiveSpec(id, node.text("name", id), node.text("perspective"), node.text("theme", ""),
        node.number("weight", 1), node.text("description", ""));
  }

  private KpiSpec kpi(String id, YamlNode node) {
    node.allowOnly(Set.of("name", "objective", "type", "expr", "numerator", "denominator", "scale",
        "against", "unit", "direction", "weight", "grains", "description", "scoring", "bounds"));
    KpiType type = node.choice("type", KpiType.class, KpiType.SIMPLE);
    boolean ratio = type == KpiType.RATIO;
    ignored(node, "expr", ratio, "a ratio KPI is numerator / denominator; remove expr");
    ignored(node, "numerator", !ratio, "only a ratio KPI has a numerator; use expr, or type: ratio");
    ignored(node, "denominator", !ratio, "only a ratio KPI has a denominator; use expr, or type: ratio");
    ignored(node, "scale", type == KpiType.GROWTH, "a growth KPI is a percentage change; remove scale");
    ignored(node, "against", type != KpiType.GROWTH, "only a growth KPI compares against a period; remove against, "
        + "or type: growth");
    List<Grain> grains = node.texts("grains", KpiSpec.GRAINS_DEFAULT.stream().map(Grain::id).toList()).stream()
        .flatMap(g -> node.choiceOf(node.key("grains"), g, Grain.class).stream()).toList();
    return new KpiSpec(
        id,
        node.text("name", id),
        node.text("objective"),
        type,
        ratio ? "" : node.text("expr"),
        ratio ? node.text("numerator") : "",
        ratio ? node.text("denominator") : "",
        node.number("scale", 1),
        type == KpiType.GROWTH ? node.choice("against", AgainstPeriod.class, AgainstPeriod.YEAR_AGO) : null,
        node.text("unit", ""),
        node.choice("direction", Direction.class, Direction.HIGHER_IS_BETTER),
        node.number("weight", 1),
        grains,
        node.text("description", ""),
        scoring(node.section("scoring")),
        bounds(node.section("bounds")));
  }

  private Bounds bounds(YamlNode node) {
    node.allowOnly(Set.of("min", "max"));
    return new Bounds(node.optNumber("min"), node.optNumber("max"));
  }

  /** A key that would have no effect where it stands is an error, never silently ignored. */
  private void ignored(YamlNode node, String key, boolean ignoredHere, String why) {
    if (ignoredHere && node.has(key)) {
      problems.add(node.key(key), "has no effect here: %s", why);
    }
  }

  private Scoring scoring(YamlNode node) {
    node.allowOnly(Set.of("method", "green", "amber"));
    return new Scoring(node.choice("method", ScoringMethod.class, ScoringMethod.LINEAR),
        node.number("green", Scoring.GREEN_DEFAULT), node.number("amber", Scoring.AMBER_DEFAULT));
  }

  private LinkSpec link(YamlNode node) {
    node.allowOnly(Set.of("from", "to", "description"));
    return new LinkSpec(node.text("from"), node.text("to"));
  }

  private TargetSpec target(YamlNode node) {
    node.allowOnly(Set.of("kpi", "grain", "level", "node", "period", "target", "baseline", "green", "amber"));
    return new TargetSpec(
        node.text("kpi"),
        node.requiredChoice("grain", Grain.class, Grain.MONTH),
        node.optChoice("level", Level.class),
        node.optText("node"),
        node.optDate("period"),
        node.requiredNumber("target"),
        node.optNumber("baseline"),
        node.optNumber("green"),
        node.optNumber("amber"));
  }
}
