package dev.scorecard.config;

import static dev.scorecard.config.YamlText.number;
import static dev.scorecard.config.YamlText.scalar;

import java.time.LocalDate;
import java.util.List;

/** Writes the {@code targets} list of a tenant YAML for {@link ConfigYaml}: one flow mapping each. */
final class TargetsYaml {
  private TargetsYaml() {}

  static void write(YamlWriter out, List<TargetSpec> targets) {
    if (targets.isEmpty()) {
      return;
    }
    out.section("targets", false);
    for (int i = 0; i < targets.size(); i++) {
      out.aboveTarget(i);
      out.line(2, "targets[" + i + "]", "- " + target(targets.get(i)));
    }
  }

  private static YamlFlow target(TargetSpec target) {
    return new YamlFlow()
        .put("kpi", scalar(target.kpi()))
        .put("grain", target.grain().id())
        .put("level", target.level().map(Level::id))
        .put("node", target.node().map(YamlText::scalar))
        .put("period", target.period().map(LocalDate::toString))
        .put("target", number(target.target()))
        .put("baseline", target.baseline().map(YamlText::number))
        .put("green", target.green().map(YamlText::number))
        .put("amber", target.amber().map(YamlText::number));
  }
}
