package dev.scorecard.forecast;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The chance that a KPI meets its target, taking its forecast as Normal(mean, sd): for a
 * higher-is-better KPI {@code P(X >= target)}, for a lower-is-better one {@code P(X <= target)}.
 * With {@code sd = 0} the forecast is certain and the answer is 0 or 1.
 */
public final class TargetProbability {
  private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1, 1e-12);

  private TargetProbability() {}

  public static double probMeet(double mean, double sd, double target, boolean higherIsBetter) {
    if (!(sd >= 0) || !Double.isFinite(sd) || !Double.isFinite(mean) || !Double.isFinite(target)) {
      throw new IllegalArgumentException(String.format(
          "Cannot compute the chance to meet target %s: mean %s and sd %s must be finite, sd >= 0", target, mean, sd));
    }
    if (sd == 0) {
      boolean meets = higherIsBetter ? mean >= target : mean <= target;
      return meets ? 1 : 0;
    }
    double below = STANDARD.cumulativeProbability((target - mean) / sd);
    return higherIsBetter ? 1 - below : below;
  }
}
