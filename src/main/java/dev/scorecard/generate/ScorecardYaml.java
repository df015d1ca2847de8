package dev.scorecard.generate;

import static dev.scorecard.generate.YamlText.flow;
import static dev.scorecard.generate.YamlText.number;
import static dev.scorecard.generate.YamlText.scalar;

import dev.scorecard.generate.Scorecard.Link;
import dev.scorecard.generate.Scorecard.Objective;
import dev.scorecard.generate.Scorecard.Perspective;
import java.util.List;
import java.util.Locale;

/** Writes the perspectives, objectives, KPIs and links of a tenant YAML. */
final class ScorecardYaml {
  private ScorecardYaml() {}

  static void write(YamlText yaml, Scorecard scorecard) {
    perspectives(yaml, scorecard.perspectives());
    objectives(yaml, scorecard);
    kpis(yaml, scorecard.kpis());
    links(yaml, scorecard.links());
  }

  private static void perspectives(YamlText yaml, List<Perspective> perspectives) {
    yaml.comment(0, "Perspectives, read bottom up as cause and effect; weights are relative shares of a\n"
        + "node's score.")
        .line(0, "perspectives:");
    int width = perspectives.stream().mapToInt(p -> p.id().length()).max().orElse(0) + 1;
    for (Perspective perspective : perspectives) {
      String key = (perspective.id() + ":" + " ".repeat(width)).substring(0, width + 1);
      yaml.line(2, key + flow(List.of("name", scalar(perspective.name()), "weight", number(perspective.weight()))));
    }
    yaml.blank();
  }

  private static void objectives(YamlText yaml, Scorecard scorecard) {
    yaml.comment(0, "Objectives, two per perspective; weight is relative within the perspective.")
        .line(0, "objectives:");
    for (Perspective perspective : scorecard.perspectives()) {
      yaml.comment(2, perspective.name());
      for (Objective objective : scorecard.objectives()) {
        if (objective.perspective().equals(perspective.id())) {
          yaml.line(2, objective.id() + ":")
              .line(4, "name: " + scalar(objective.name()))
              .line(4, "perspective: " + objective.perspective());
          if (objective.theme() != null) {
            yaml.line(4, "theme: " + objective.theme());
          }
          yaml.line(4, "weight: " + number(objective.weight()))
              .line(4, "description: " + scalar(objective.description()));
        }
      }
    }
    yaml.blank();
  }

  private static void kpis(YamlText yaml, List<KpiSpec> kpis) {
    yaml.comment(0, "KPIs. simple: value = expr over measures. ratio: value = scale * numerator / denominator,\n"
        + "summed parts at every level, never a mean of ratios. growth: 100 * (value - value a year\n"
        + "before) / |value a year before|. All are computed per month, quarter and year.")
        .line(0, "kpis:");
    for (KpiSpec kpi : kpis) {
      yaml.line(2, kpi.id() + ":")
          .line(4, "name: " + scalar(kpi.name()))
          .line(4, "objective: " + kpi.objective())
          .line(4, "type: " + kpi.type().name().toLowerCase(Locale.ROOT));
      switch (kpi.type()) {
        case SIMPLE -> yaml.line(4, "expr: " + scalar(kpi.expr().text()));
        case RATIO -> yaml.line(4, "numerator: " + scalar(kpi.numerator().text()))
            .line(4, "denominator: " + scalar(kpi.denominator().text()))
            .line(4, "scale: " + number(kpi.scale()));
        case GROWTH -> yaml.line(4, "expr: " + scalar(kpi.expr().text())).line(4, "against: " + kpi.against());
      }
      yaml.line(4, "unit: " + scalar(kpi.unit())).line(4, "direction: " + kpi.direction());
      if (kpi.weight() != 1) {
        yaml.line(4, "weight: " + number(kpi.weight()));
      }
      yaml.line(4, "description: " + scalar(kpi.description()));
    }
    yaml.blank();
  }

  private static void links(YamlText yaml, List<Link> links) {
    yaml.comment(0, "The strategy map: cause -> effect between objectives. These are hypotheses; the engine\n"
        + "tests each one against the data.")
        .line(0, "links:");
    links.forEach(link -> yaml.line(2, "- " + flow(List.of("from", link.from(), "to", link.to()))));
    yaml.blank();
  }
}
