package dev.scorecard.generate;

import java.util.List;

/** Writes the {@code targets} list of a tenant YAML, each KPI's lines under a comment saying why. */
final class TargetsYaml {
  private TargetsYaml() {}

  static void write(YamlText yaml, TenantModel model, List<TargetLine> targets, List<TargetLine> examples) {
    yaml.comment(0, "Targets. A value scores 100 * clamp((value - baseline) / (target - baseline), 0, 1): green\n"
        + "from 90, amber from 70, else red; for lower-is-better KPIs the baseline lies above the target.\n"
        + "The baseline is the level that scores 0, about the weakest location-months seen so far.\n"
        + "These were set from the generated history so that about half the location-months are\n"
        + "green, a fifth amber and the rest red. The most specific target wins: a period override\n"
        + "for a node, for a level, a node's recurring target, a level's, then one for all levels.")
        .line(0, "targets:");
    for (KpiSpec kpi : model.scorecard().kpis()) {
      yaml.comment(2, explain(model, kpi));
      targets.stream().filter(t -> t.kpi().equals(kpi.id())).forEach(t -> yaml.line(2, "- " + t.yaml()));
    }
    if (!examples.isEmpty()) {
      yaml.comment(2, exampleNote(examples));
      examples.forEach(t -> yaml.line(2, "- " + t.yaml()));
    }
  }

  private static String explain(TenantModel model, KpiSpec kpi) {
    String head = kpi.name() + " (" + kpi.unit() + (kpi.lowerIsBetter() ? ", lower is better" : "") + "): ";
    if (kpi.additive()) {
      boolean distinct = kpi.expr().measures().stream().anyMatch(m -> model.measures().stream()
          .anyMatch(ms -> ms.id().equals(m) && ms.agg().equals("count_distinct")));
      return head + "adds up, so each level has its own numbers;\n" + (distinct
          ? "a distinct count: someone active in three months counts once in the quarter."
          : "a region is about the sum of its locations, a quarter about three months.");
    }
    if (kpi.calibrateOn() != null) {
      return head + "one target for all levels and grains, set on " + kpi.calibrateOn().id() + "ly values\n"
          + "(a single month jumps with each leaver).";
    }
    return head + "one target for all levels" + (kpi.type() == KpiSpec.Type.GROWTH
        ? ", against the same period a year before." : ".");
  }

  private static String exampleNote(List<TargetLine> examples) {
    StringBuilder note = new StringBuilder("Examples of the more specific kinds:");
    for (TargetLine example : examples) {
      note.append(example.node() != null
          ? "\n- " + example.node() + ", the flagship, has its own monthly " + example.kpi() + " target;"
          : "\n- " + example.period() + " is peak trade: a higher target for every location, scored more strictly.");
    }
    return note.toString();
  }
}
