package dev.scorecard.config;

import static dev.scorecard.config.YamlText.list;
import static dev.scorecard.config.YamlText.number;
import static dev.scorecard.config.YamlText.scalar;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes the {@code sources} section of a tenant YAML for {@link ConfigYaml}: one block per source. */
final class SourcesYaml {
  private SourcesYaml() {}

  static void write(YamlWriter out, Map<String, SourceSpec> sources) {
    out.section("sources", sources.isEmpty());
    sources.forEach((id, source) -> source(out, id, source));
  }

  private static void source(YamlWriter out, String id, SourceSpec source) {
    String path = "sources." + id;
    out.aboveSource(id);
    out.line(2, path, scalar(id) + ":");
    out.entry(4, path, "path", scalar(source.path()), false);
    out.entry(4, path, "format", source.format().id(), false);
    out.entry(4, path, "delimiter", character(source.delimiter()), source.delimiter() == SourceSpec.DELIMITER_DEFAULT);
    columns(out, path, source);
    out.entry(4, path, "business_key", list(source.businessKey()), source.businessKey().isEmpty());
    out.entry(4, path, "date_column", scalar(source.dateColumn()), false);
    optional(out, path, "location_column", source.locationColumn());
    optional(out, path, "location", source.fixedLocation());
    if (!source.locationCodes().isEmpty()) {
      out.line(4, path + ".location_codes", "location_codes:");
      source.locationCodes().forEach((code, location) -> out.line(6, path + ".location_codes." + code,
          scalar(code) + ": " + scalar(location)));
    }
    out.entry(4, path, "max_bad_ratio", number(source.maxBadRatio()),
        source.maxBadRatio() == SourceSpec.MAX_BAD_RATIO_DEFAULT);
    optional(out, path, "tenant_column", source.tenantColumn());
    numbers(out, path, source.numbers());
    rules(out, path, source.rules());
  }

  /** Each column by its name in the file; with {@code as} where its identifier is not the derived one. */
  private static void columns(YamlWriter out, String path, SourceSpec source) {
    out.line(4, path + ".columns", source.columns().isEmpty() ? "columns: {}" : "columns:");
    source.columns().forEach((id, type) -> {
      String header = source.header(id);
      String value = ColumnNames.identifier(header).equals(id) ? type.id()
          : new YamlFlow().put("type", type.id()).put("as", scalar(id)).toString();
      out.line(6, path + ".columns." + header, scalar(header) + ": " + value);
    });
  }

  private static void optional(YamlWriter out, String path, String key, Optional<String> value) {
    value.ifPresent(v -> out.entry(4, path, key, scalar(v), false));
  }

  private static void numbers(YamlWriter out, String path, NumberStyle numbers) {
    out.entry(4, path, "decimal_separator", character(numbers.decimal()),
        numbers.decimal() == NumberStyle.DECIMAL_DEFAULT);
    if (numbers.grouped()) {
      out.entry(4, path, "thousands_separator", character(numbers.thousands()), false);
    }
  }

  private static void rules(YamlWriter out, String path, List<RuleSpec> rules) {
    if (rules.isEmpty()) {
      return;
    }
    out.line(4, path + ".rules", "rules:");
    for (int i = 0; i < rules.size(); i++) {
      out.line(6, path + ".rules[" + i + "]", "- " + rule(rules.get(i)));
    }
  }

  /** A rule as a flow mapping; the level last, as docs/configuration.md writes it. */
  private static YamlFlow rule(RuleSpec rule) {
    return new YamlFlow()
        .put("column", scalar(rule.column()))
        .put("check", rule.check().id())
        .put("min", rule.min().map(YamlText::number))
        .put("max", rule.max().map(YamlText::number))
        .putUnless(rule.values().isEmpty(), "values", list(rule.values()))
        .put("regex", rule.regex().map(YamlText::scalar))
        .put("from", rule.from().map(DateBound::toString))
        .put("until", rule.until().map(DateBound::toString))
        .putUnless(rule.level() == RuleSpec.LEVEL_DEFAULT, "level", rule.level().id());
  }

  private static String character(char c) {
    return scalar(String.valueOf(c));
  }
}
