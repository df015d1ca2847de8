package dev.scorecard.config;

import static dev.scorecard.config.YamlText.number;
import static dev.scorecard.config.YamlText.scalar;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes the measures, perspectives and objectives of a tenant YAML for {@link ConfigYaml}, then
 * the KPIs with {@link KpisYaml}. Measures and perspectives are one aligned line each.
 */
final class ScorecardYaml {
  private ScorecardYaml() {}

  static void write(YamlWriter out, TenantConfig config) {
    measures(out, config.measures());
    perspectives(out, config.perspectives());
    objectives(out, config.objectives());
    KpisYaml.write(out, config.kpis());
  }

  private static void measures(YamlWriter out, Map<String, MeasureSpec> measures) {
    out.section("measures", measures.isEmpty());
    int width = width(measures.keySet());
    measures.forEach((id, measure) -> out.line(2, "measures." + id, key(id, width) + new YamlFlow()
        .put("source", scalar(measure.source()))
        .put("agg", measure.agg().id())
        .put("expr", measure.expr().map(YamlText::scalar))
        .put("filter", measure.filter().map(YamlText::scalar))));
  }

  private static void perspectives(YamlWriter out, Map<String, PerspectiveSpec> perspectives) {
    out.section("perspectives", perspectives.isEmpty());
    int width = width(perspectives.keySet());
    perspectives.forEach((id, perspective) -> out.line(2, "perspectives." + id, key(id, width) + new YamlFlow()
        .putUnless(perspective.name().equals(id), "name", scalar(perspective.name()))
        .putUnless(perspective.weight() == 1, "weight", number(perspective.weight()))));
  }

  /** Objectives in config order, a perspective's comment above its first objective. */
  private static void objectives(YamlWriter out, Map<String, ObjectiveSpec> objectives) {
    out.section("objectives", objectives.isEmpty());
    Set<String> perspectivesSeen = new HashSet<>();
    objectives.forEach((id, objective) -> {
      if (perspectivesSeen.add(objective.perspective())) {
        out.aboveObjectiveGroup(objective.perspective());
      }
      objective(out, id, objective);
    });
  }

  private static void objective(YamlWriter out, String id, ObjectiveSpec objective) {
    String path = "objectives." + id;
    out.line(2, path, scalar(id) + ":");
    out.entry(4, path, "name", scalar(objective.name()), objective.name().equals(id));
    out.entry(4, path, "perspective", scalar(objective.perspective()), false);
    out.entry(4, path, "theme", scalar(objective.theme()), objective.theme().isEmpty());
    out.entry(4, path, "weight", number(objective.weight()), objective.weight() == 1);
    out.entry(4, path, "description", scalar(objective.description()), objective.description().isEmpty());
  }

  /** The column where the values of aligned one-line entries start. */
  private static int width(Set<String> ids) {
    return ids.stream().mapToInt(id -> scalar(id).length()).max().orElse(0) + 1;
  }

  /** {@code id:} padded to {@code width} and one space. */
  private static String key(String id, int width) {
    return (scalar(id) + ":" + " ".repeat(width)).substring(0, width + 1);
  }
}
