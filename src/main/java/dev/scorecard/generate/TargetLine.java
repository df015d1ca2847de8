package dev.scorecard.generate;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the YAML's {@code targets} list.
 *
 * @param level {@code location}, {@code region}, {@code org}, or null for all levels
 * @param node a node id for a node-specific target, or null
 * @param period the month an override starts, or null for a recurring target
 * @param green the score threshold for green when it differs from the KPI's, or null
 * @param amber the score threshold for amber when it differs from the KPI's, or null
 */
record TargetLine(String kpi, Grain grain, String level, String node, YearMonth period, BigDecimal target,
    BigDecimal baseline, Integer green, Integer amber) {

  static TargetLine recurring(String kpi, Grain grain, String level, Goal goal) {
    return new TargetLine(kpi, grain, level, null, null, goal.target(), goal.baseline(), null, null);
  }

  TargetLine forNode(String nodeId) {
    return new TargetLine(kpi, grain, null, nodeId, period, target, baseline, green, amber);
  }

  TargetLine forPeriod(YearMonth start, int greenAt, int amberAt) {
    return new TargetLine(kpi, grain, level, node, start, target, baseline, greenAt, amberAt);
  }

  /** The entry as a one-line flow mapping. */
  String yaml() {
    List<String> pairs = new ArrayList<>(List.of("kpi: " + kpi, "grain: " + grain.id()));
    if (level != null) {
      pairs.add("level: " + level);
    }
    if (node != null) {
      pairs.add("node: " + node);
    }
    if (period != null) {
      pairs.add("period: " + period.atDay(1));
    }
    pairs.add("target: " + target.toPlainString());
    pairs.add("baseline: " + baseline.toPlainString());
    if (green != null) {
      pairs.add("green: " + green);
      pairs.add("amber: " + amber);
    }
    return "{ " + String.join(", ", pairs) + " }";
  }

  /** A target and the baseline that scores 0, rounded to numbers a person would set. */
  record Goal(BigDecimal target, BigDecimal baseline) {}
}
