package dev.scorecard.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what a parsed tenant config refers to: ids, cross references, weights, thresholds,
 * source paths, the strategy map's acyclicity and the targets' KPIs, nodes and periods.
 */
final class ConfigValidator {
  private static final Pattern IDENTIFIER = Pattern.compile("'[^']*'|\"[^\"]*\"|\\b([A-Za-z_][A-Za-z0-9_]*)\\b(\\s*\\()?");
  private static final Set<String> SQL_WORDS = Set.of("and", "or", "not", "null", "is", "case", "when",
      "then", "else", "end", "true", "false", "in", "between", "like", "as", "e", "double", "float", "int",
      "integer", "bigint", "long", "decimal", "string", "boolean", "date", "timestamp");

  private static final String MEASURE_ID = "[a-z][a-z0-9_]{0,63}";

  /** The contributor of score_changes that is no KPI (score.ScoreChanges.RENORMALISATION). */
  private static final String RENORMALISATION = "renormalisation";

  private final TenantConfig config;
  private final Problems problems;

  private ConfigValidator(TenantConfig config, Problems problems) {
    this.config = config;
    this.problems = problems;
  }

  static void validate(TenantConfig config, Problems problems) {
    new ConfigValidator(config, problems).validate();
  }

  private void validate() {
    tenant();
    hierarchy();
    sources();
    config.measures().values().forEach(this::measure);
    perspectives();
    config.objectives().values().forEach(this::objective);
    config.kpis().values().forEach(this::kpi);
    links();
    config.forecast().horizons().forEach((grain, periods) -> {
      if (periods < 1 || periods > ForecastSettings.HORIZON_MAX) {
        problems.add("forecast.horizon." + grain.id(), "must be 1-%d periods, got %d", ForecastSettings.HORIZON_MAX, periods);
      }
    });
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < config.targets().size(); i++) {
      TargetSpec t = config.targets().get(i);
      target("targets[" + i + "]", t);
      if (problems.about("targets[" + i + "]")) {
        continue; // a malformed target (say, an unreadable period) would look like another one
      }
      String scope = t.kpi() + "|" + t.grain() + "|" + t.level() + "|" + t.node() + "|" + t.period();
      Integer first = seen.putIfAbsent(scope, i);
      if (first != null) {
        problems.add("targets[" + i + "]", "applies to the same KPI, grain, level, node and period as targets[%d]; keep one", first);
      }
    }
  }

  private void tenant() {
    id("tenant_id", config.tenantId());
    String expected = config.file().getFileName().toString().replaceFirst("\\.ya?ml$", "");
    if (!config.tenantId().isEmpty() && !config.tenantId().equals(expected)) {
      problems.add("tenant_id", "is '%s' but the file is named %s (rename one to match)",
          config.tenantId(), config.file().getFileName());
    }
    if (config.fiscalYearStartMonth() < 1 || config.fiscalYearStartMonth() > 12) {
      problems.add("fiscal_year_start_month", "must be a month number 1-12, got %d", config.fiscalYearStartMonth());
    }
  }

  private void hierarchy() {
    Set<String> seen = new HashSet<>();
    List<Hierarchy.Region> regions = config.hierarchy().regions();
    for (int r = 0; r < regions.size(); r++) {
      String key = "hierarchy.regions[" + r + "]";
      Hierarchy.Region region = regions.get(r);
      nodeId(key + ".id", region.id(), seen);
      if (region.locations().isEmpty()) {
        problems.add(key + ".locations", "is empty: a region needs at least one location");
      }
      for (int l = 0; l < region.locations().size(); l++) {
        nodeId(key + ".locations[" + l + "].id", region.locations().get(l).id(), seen);
      }
    }
  }

  private void nodeId(String key, String id, Set<String> seen) {
    id(key, id);
    if (id.equals(config.tenantId())) {
      problems.add(key, "'%s' is the tenant id, which names the org node; choose another id", id);
    } else if (!seen.add(id)) {
      problems.add(key, "duplicate id '%s': region and location ids must be unique in a tenant", id);
    }
  }

  private void source(SourceSpec source) {
    String key = "sources." + source.id();
    id(key, source.id());
    Path path = Path.of(source.path().isEmpty() ? "." : source.path());
    if (path.isAbsolute() || source.path().startsWith("/") || source.path().startsWith("~")) {
      problems.add(key + ".path", "'%s' is absolute; give a glob relative to the tenant's landing folder", source.path());
    } else if (source.path().replace('\\', '/').matches("(^|.*/)\\.\\.(/.*|$)")) {
      problems.add(key + ".path", "'%s' leaves the tenant's landing folder (remove '..')", source.path());
    }
    column(key + ".date_column", source, source.dateColumn());
    ColumnType dateType = source.columns().get(source.dateColumn());
    if (dateType != null && dateType != ColumnType.DATE && dateType != ColumnType.TIMESTAMP) {
      problems.add(key + ".date_column", "column '%s' is declared %s; declare it date or timestamp so every row has a day",
          source.dateColumn(), dateType.id());
    }
    source.businessKey().forEach(c -> column(key + ".business_key", source, c));
    source.locationColumn().ifPresent(c -> {
      column(key + ".location_column", source, c);
      ColumnType type = source.columns().get(c);
      if (type != null && type != ColumnType.STRING) {
        problems.add(key + ".location_column", "column '%s' is declared %s; declare it string (location ids are text)", c, type.id());
      }
    });
    if (source.locationColumn().isPresent() == source.fixedLocation().isPresent()) {
      problems.add(key, "set exactly one of location_column (a column holding the location id) or location (one fixed location id)");
    }
    source.fixedLocation().filter(l -> !locationIds().contains(l)).ifPresent(l ->
        problems.add(key + ".location", "unknown location '%s' (known: %s)", l, locationIds()));
    source.tenantColumn().ifPresent(c -> {
      column(key + ".tenant_column", source, c);
      ColumnType type = source.columns().get(c);
      if (type != null && type != ColumnType.STRING) {
        problems.add(key + ".tenant_column", "column '%s' is declared %s; declare it string (tenant ids are text)", c, type.id());
      }
    });
    locationCodes(key, source);
    NumberStyleValidator.validate(key, source, problems);
    RuleValidator.validate(source, problems);
    if (source.maxBadRatio() < 0 || source.maxBadRatio() > 1) {
      problems.add(key + ".max_bad_ratio", "must be between 0 and 1, got %s", source.maxBadRatio());
    }
  }

  private void column(String key, SourceSpec source, String column) {
    if (column.isEmpty() || source.columns().containsKey(column)) {
      return;
    }
    Optional<String> byHeader = source.columns().keySet().stream()
        .filter(id -> ColumnNames.loose(source.header(id)).equals(ColumnNames.loose(column))).findFirst();
    if (byHeader.isPresent()) {
      problems.add(key, "'%s' is the column's name in the file; keys, rules and measures use its identifier '%s'",
          column, byHeader.get());
    } else {
      problems.add(key, "unknown column '%s' (declared: %s)", column, source.columns().keySet());
    }
  }

  /**
   * Export codes standing for location ids: each must name a known location, and no code may
   * read as another location's own id (codes and ids match ignoring case and surrounding spaces).
   */
  private void locationCodes(String key, SourceSpec source) {
    if (source.locationCodes().isEmpty()) {
      return;
    }
    if (source.locationColumn().isEmpty()) {
      problems.add(key + ".location_codes", "applies only with location_column (this source has one fixed location)");
      return;
    }
    Map<String, String> seen = new HashMap<>();
    source.locationCodes().forEach((code, id) -> {
      String codeKey = key + ".location_codes." + code;
      if (id == null || !locationIds().contains(id)) {
        problems.add(codeKey, "unknown location '%s' (known: %s)", id, locationIds());
        return;
      }
      String loose = ColumnNames.loose(code);
      locationIds().stream().filter(l -> !l.equals(id) && ColumnNames.loose(l).equals(loose)).findFirst()
          .ifPresent(l -> problems.add(codeKey, "is also the id of location '%s'; a code must not read as another "
              + "location's id", l));
      String earlier = seen.put(loose, code);
      if (earlier != null) {
        problems.add(codeKey, "reads as code '%s' (codes match ignoring case and surrounding spaces); keep one", earlier);
      }
    });
  }

  private void measure(MeasureSpec measure) {
    String key = "measures." + measure.id();
    if (!measure.id().matches(MEASURE_ID)) {
      problems.add(key, "'%s' is not a valid measure id: KPI expressions name measures, so use lower-case letters, digits and '_', starting with a letter", measure.id());
    }
    reference(key + ".source", measure.source(), config.sources().keySet(), "source");
    if (measure.expr().isEmpty() && measure.agg() != Aggregation.COUNT) {
      problems.add(key + ".expr", "is required for agg %s (only count may omit it)", measure.agg().id());
    }
  }

  private void sources() {
    if (config.sources().isEmpty()) {
      problems.add("sources", "is required: declare at least one export (see docs/configuration.md)");
    }
    config.sources().values().forEach(this::source);
  }

  private void perspectives() {
    if (config.perspectives().isEmpty()) {
      problems.add("perspectives", "is required: declare at least financial, customer, internal_process, learning_growth");
    }
    config.perspectives().values().forEach(p -> {
      id("perspectives." + p.id(), p.id());
      positive("perspectives." + p.id() + ".weight", p.weight());
    });
  }

  private void objective(ObjectiveSpec objective) {
    String key = "objectives." + objective.id();
    id(key, objective.id());
    reference(key + ".perspective", objective.perspective(), config.perspectives().keySet(), "perspective");
    positive(key + ".weight", objective.weight());
    List<String> themes = config.strategy().themes();
    if (!objective.theme().isEmpty() && !themes.isEmpty() && !themes.contains(objective.theme())) {
      problems.add(key + ".theme", "unknown theme '%s' (strategy.themes: %s)", objective.theme(), themes);
    }
  }

  private void kpi(KpiSpec kpi) {
    String key = "kpis." + kpi.id();
    id(key, kpi.id());
    reference(key + ".objective", kpi.objective(), config.objectives().keySet(), "objective");
    if (kpi.id().equals(RENORMALISATION)) {
      problems.add(key, "the id '%s' is reserved (score_changes names the rest of a change so); choose another",
          kpi.id());
    }
    positive(key + ".weight", kpi.weight());
    if (kpi.scale() == 0) {
      problems.add(key + ".scale", "must not be 0");
    }
    if (kpi.grains().isEmpty()) {
      problems.add(key + ".grains", "must list at least one of week, month, quarter, year");
    }
    if (kpi.type() == KpiType.RATIO) {
      measureRefs(key + ".numerator", kpi.numerator());
      measureRefs(key + ".denominator", kpi.denominator());
    } else {
      measureRefs(key + ".expr", kpi.expr());
    }
    thresholds(key + ".scoring", kpi.scoring().green(), kpi.scoring().amber());
    Bounds bounds = kpi.bounds();
    if (bounds.min().isPresent() && bounds.max().isPresent() && bounds.min().get() >= bounds.max().get()) {
      problems.add(key + ".bounds", "min %s must be below max %s, e.g. bounds: { min: 0, max: 100 }",
          YamlText.number(bounds.min().get()), YamlText.number(bounds.max().get()));
    }
  }

  /** An expression over measures may name only measures (functions and SQL words aside). */
  private void measureRefs(String key, String expr) {
    Matcher m = IDENTIFIER.matcher(expr);
    while (m.find()) {
      String name = m.group(1);
      boolean function = m.group(2) != null;
      if (name != null && !function && !SQL_WORDS.contains(name.toLowerCase()) && !config.measures().containsKey(name)) {
        problems.add(key, "unknown measure '%s' in '%s' (measures: %s)", name, expr, config.measures().keySet());
      }
    }
  }

  private void thresholds(String key, double green, double amber) {
    if (green < 0 || green > 100 || amber < 0 || amber > 100 || amber > green) {
      problems.add(key, "thresholds must satisfy 0 <= amber <= green <= 100, got green %s, amber %s", green, amber);
    }
  }

  /** Links join objectives, or KPIs where the hypothesis is that narrow; the map has no cycle. */
  private void links() {
    Map<String, List<String>> edges = new HashMap<>();
    Set<String> ends = new TreeSet<>(config.objectives().keySet());
    ends.addAll(config.kpis().keySet());
    for (int i = 0; i < config.links().size(); i++) {
      LinkSpec link = config.links().get(i);
      String key = "links[" + i + "]";
      reference(key + ".from", link.from(), ends, "objective or KPI");
      reference(key + ".to", link.to(), ends, "objective or KPI");
      edges.computeIfAbsent(link.from(), k -> new java.util.ArrayList<>()).add(link.to());
    }
    StrategyMapCycles.find(edges).ifPresent(cycle ->
        problems.add("links", "the strategy map has a cycle: %s (an arrow is cause -> effect; remove one)",
            String.join(" -> ", cycle)));
  }

  private void target(String key, TargetSpec target) {
    KpiSpec kpi = config.kpis().get(target.kpi());
    reference(key + ".kpi", target.kpi(), config.kpis().keySet(), "KPI");
    if (kpi != null && !kpi.grains().contains(target.grain())) {
      problems.add(key + ".grain", "KPI '%s' is not reported at %s (its grains: %s)", target.kpi(),
          target.grain().id(), kpi.grains().stream().map(Grain::id).toList());
    }
    target.node().ifPresent(node -> {
      if (!allNodeIds().contains(node)) {
        problems.add(key + ".node", "unknown node '%s' (a location, region or the tenant id)", node);
      }
    });
    target.period().ifPresent(period -> {
      if (!Periods.start(period, target.grain(), config.fiscalYearStartMonth()).equals(period)) {
        problems.add(key + ".period", "%s is not the first day of a %s (that period starts %s)", period,
            target.grain().id(), Periods.start(period, target.grain(), config.fiscalYearStartMonth()));
      }
    });
    target.baseline().ifPresent(baseline -> baseline(key + ".baseline", kpi, baseline, target.target()));
    if (target.green().isPresent() || target.amber().isPresent()) {
      Scoring scoring = kpi == null ? Scoring.DEFAULT : kpi.scoring();
      thresholds(key, target.green().orElse(scoring.green()), target.amber().orElse(scoring.amber()));
    }
    boolean ratioScored = target.baseline().isEmpty() || (kpi != null && kpi.scoring().method() == ScoringMethod.RATIO);
    if (ratioScored && target.target() <= 0 && (kpi == null || kpi.direction() == Direction.HIGHER_IS_BETTER)) {
      problems.add(key + ".target", "is %s; a value-to-target ratio needs a positive target: give a baseline (linear progress) instead",
          target.target());
    }
  }

  /** A baseline lies on the worse side of the target: below it when higher is better, above it when lower is. */
  private void baseline(String key, KpiSpec kpi, double baseline, double target) {
    if (baseline == target) {
      problems.add(key, "equals the target (%s): progress from baseline to target is undefined", target);
    } else if (kpi != null && (kpi.direction() == Direction.HIGHER_IS_BETTER) != (baseline < target)) {
      problems.add(key, "%s is on the wrong side of target %s for a %s KPI (the baseline is the worse starting point)",
          baseline, target, kpi.direction().id());
    }
  }

  private void id(String key, String id) {
    if (!id.isEmpty() && !id.matches(TenantConfig.ID_PATTERN)) {
      problems.add(key, "'%s' is not a valid id (lower-case letters, digits, '_' and '-', starting with a letter or digit, at most 64)", id);
    }
  }

  private void positive(String key, double weight) {
    if (!(weight > 0)) {
      problems.add(key, "must be a positive number, got %s", weight);
    }
  }

  private void reference(String key, String id, Set<String> known, String what) {
    if (!id.isEmpty() && !known.contains(id)) {
      problems.add(key, "unknown %s '%s' (known: %s)", what, id, known);
    }
  }

  private Set<String> locationIds() {
    Set<String> ids = new TreeSet<>();
    config.hierarchy().locations().forEach(l -> ids.add(l.id()));
    return ids;
  }

  private Set<String> allNodeIds() {
    Set<String> ids = locationIds();
    config.hierarchy().regions().forEach(r -> ids.add(r.id()));
    ids.add(config.tenantId());
    return ids;
  }
}
