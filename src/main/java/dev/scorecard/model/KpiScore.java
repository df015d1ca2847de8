package dev.scorecard.model;

import dev.scorecard.config.Direction;
import dev.scorecard.config.ScoringMethod;

/**
 * The scoring math for one KPI value, on plain values, so it can be checked by hand.
 *
 * <ul>
 *   <li>linear (default, needs a baseline): {@code 100 * clamp((value - baseline) / (target -
 *       baseline), 0, 1)}. A lower-is-better KPI has its target below its baseline, and the same
 *       formula serves it.
 *   <li>ratio (or linear without a baseline): higher is better {@code 100 * clamp(value / target,
 *       0, 1)}; lower is better {@code 100 * clamp(target / value, 0, 1)}, and 100 when value <= 0.
 * </ul>
 */
public final class KpiScore {
  private KpiScore() {}

  /** The 0-100 score, or null when there is no value or no target, or the target cannot scale it. */
  public static Double score(Double value, Double target, Double baseline, ScoringMethod method, Direction direction) {
    if (value == null || target == null || value.isNaN()) {
      return null;
    }
    if (method == ScoringMethod.LINEAR && baseline != null && !baseline.equals(target)) {
      return 100 * clamp((value - baseline) / (target - baseline));
    }
    return ratioScore(value, target, direction);
  }

  private static Double ratioScore(double value, double target, Direction direction) {
    if (direction == Direction.HIGHER_IS_BETTER) {
      return target <= 0 ? null : 100 * clamp(value / target);
    }
    if (target < 0) {
      return null;
    }
    return value <= 0 ? 100.0 : 100 * clamp(target / value);
  }

  private static double clamp(double progress) {
    return Math.max(0, Math.min(1, progress));
  }
}
