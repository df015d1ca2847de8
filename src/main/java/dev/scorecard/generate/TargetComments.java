package dev.scorecard.generate;

import dev.scorecard.config.Aggregation;
import dev.scorecard.config.Comments;
import dev.scorecard.config.KpiType;
import dev.scorecard.config.TargetSpec;
import java.time.YearMonth;
import java.util.List;

/**
 * The comments of the generated {@code targets} list: how targets score, then above each KPI's
 * first target why its targets look as they do, and above the examples what they show.
 */
final class TargetComments {
  private TargetComments() {}

  /** {@code comments} with the targets' own; the YAML lists {@code targets}, then {@code examples}. */
  static Comments add(Comments comments, TenantModel model, List<TargetSpec> targets, List<TargetSpec> examples) {
    Comments added = comments.withSection("targets",
        "Targets. A value scores 100 * clamp((value - baseline) / (target - baseline), 0, 1): green\n"
        + "from 90, amber from 70, else red; for lower-is-better KPIs the baseline lies above the target.\n"
        + "The baseline is the level that scores 0, about the weakest location-months seen so far.\n"
        + "These were set from the generated history so that about half the location-months are\n"
        + "green, a fifth amber and the rest red. The most specific target wins: a period override\n"
        + "for a node, for a level, a node's recurring target, a level's, then one for all levels.");
    for (KpiRecipe kpi : model.scorecard().kpis()) {
      int first = firstIndex(targets, kpi.id());
      if (first >= 0) {
        added = added.withTarget(first, explain(model, kpi));
      }
    }
    return examples.isEmpty() ? added : added.withTarget(targets.size(), exampleNote(examples));
  }

  private static int firstIndex(List<TargetSpec> targets, String kpi) {
    for (int i = 0; i < targets.size(); i++) {
      if (targets.get(i).kpi().equals(kpi)) {
        return i;
      }
    }
    return -1;
  }

  private static String explain(TenantModel model, KpiRecipe kpi) {
    String head = kpi.spec().name() + " (" + kpi.spec().unit() + (kpi.lowerIsBetter() ? ", lower is better" : "") + "): ";
    if (kpi.additive()) {
      boolean distinct = kpi.expr().measures().stream().anyMatch(m -> model.measures().stream()
          .anyMatch(ms -> ms.id().equals(m) && ms.agg() == Aggregation.COUNT_DISTINCT));
      return head + "adds up, so each level has its own numbers;\n" + (distinct
          ? "a distinct count: someone active in three months counts once in the quarter."
          : "a region is about the sum of its locations, a quarter about three months.");
    }
    if (kpi.calibrateOn() != null) {
      return head + "one target for all levels and grains, set on " + kpi.calibrateOn().id() + "ly values\n"
          + "(a single month jumps with each leaver).";
    }
    return head + "one target for all levels" + (kpi.type() == KpiType.GROWTH
        ? ", against the same period a year before." : ".");
  }

  private static String exampleNote(List<TargetSpec> examples) {
    StringBuilder note = new StringBuilder("Examples of the more specific kinds:");
    for (TargetSpec example : examples) {
      note.append(example.node().isPresent()
          ? "\n- " + example.node().get() + ", the flagship, has its own monthly " + example.kpi() + " target;"
          : "\n- " + example.period().map(YearMonth::from).orElseThrow()
              + " is peak trade: a higher target for every location, scored more strictly.");
    }
    return note.toString();
  }
}
