package dev.scorecard.config;

import static dev.scorecard.config.YamlText.list;
import static dev.scorecard.config.YamlText.number;
import static dev.scorecard.config.YamlText.scalar;

import java.util.Map;

/**
 * Writes the {@code kpis} section of a tenant YAML for {@link ConfigYaml}: one block per KPI, with
 * only the keys its type reads ({@code expr}, or {@code numerator} and {@code denominator}, and
 * {@code against} for growth).
 */
final class KpisYaml {
  private KpisYaml() {}

  static void write(YamlWriter out, Map<String, KpiSpec> kpis) {
    out.section("kpis", kpis.isEmpty());
    kpis.forEach((id, kpi) -> kpi(out, id, kpi));
  }

  private static void kpi(YamlWriter out, String id, KpiSpec kpi) {
    String path = "kpis." + id;
    out.line(2, path, scalar(id) + ":");
    out.entry(4, path, "name", scalar(kpi.name()), kpi.name().equals(id));
    out.entry(4, path, "objective", scalar(kpi.objective()), false);
    out.entry(4, path, "type", kpi.type().id(), false);
    value(out, path, kpi);
    out.entry(4, path, "unit", scalar(kpi.unit()), kpi.unit().isEmpty());
    out.entry(4, path, "direction", kpi.direction().id(), false);
    out.entry(4, path, "weight", number(kpi.weight()), kpi.weight() == 1);
    out.entry(4, path, "grains", list(kpi.grains().stream().map(Grain::id).toList()),
        kpi.grains().equals(KpiSpec.GRAINS_DEFAULT));
    out.entry(4, path, "description", scalar(kpi.description()), kpi.description().isEmpty());
    out.entry(4, path, "scoring", scoring(kpi.scoring()), kpi.scoring().equals(Scoring.DEFAULT));
    out.entry(4, path, "bounds", bounds(kpi.bounds()), kpi.bounds().isNone());
  }

  private static String bounds(Bounds bounds) {
    YamlFlow flow = new YamlFlow();
    bounds.min().ifPresent(min -> flow.put("min", number(min)));
    bounds.max().ifPresent(max -> flow.put("max", number(max)));
    return flow.toString();
  }

  /** What the value is computed from: the keys of the KPI's type, then its scale. */
  private static void value(YamlWriter out, String path, KpiSpec kpi) {
    if (kpi.type() == KpiType.RATIO) {
      out.entry(4, path, "numerator", scalar(kpi.numerator()), false);
      out.entry(4, path, "denominator", scalar(kpi.denominator()), false);
    } else {
      out.entry(4, path, "expr", scalar(kpi.expr()), false);
    }
    out.entry(4, path, "scale", number(kpi.scale()), kpi.scale() == 1);
    if (kpi.type() == KpiType.GROWTH) {
      out.entry(4, path, "against", kpi.against().id(), false);
    }
  }

  /** The method always, thresholds only where they differ from the defaults. */
  private static String scoring(Scoring scoring) {
    return new YamlFlow()
        .put("method", scoring.method().id())
        .putUnless(scoring.green() == Scoring.GREEN_DEFAULT, "green", number(scoring.green()))
        .putUnless(scoring.amber() == Scoring.AMBER_DEFAULT, "amber", number(scoring.amber()))
        .toString();
  }
}
