package dev.scorecard.forecast;


/**
 * The chance that a KPI meets its target, taking its forecast as {@code mean + sd * T}, T
 * Student's t with {@code df} degrees of freedom as its intervals do (Normal for infinite df): for
 * a higher-is-better KPI {@code P(X >= target)}, for a lower-is-better one {@code P(X <= target)}.
 * With {@code sd = 0} the forecast is certain and the answer is 0 or 1.
 */
public final class TargetProbability {
  private TargetProbability() {}

  /** With a known spread: Normal. */
  public static double probMeet(double mean, double sd, double target, boolean higherIsBetter) {
    return probMeet(mean, sd, target, higherIsBetter, Double.POSITIVE_INFINITY);
  }

  public static double probMeet(double mean, double sd, double target, boolean higherIsBetter, double df) {
    if (!(sd >= 0) || !Double.isFinite(sd) || !Double.isFinite(mean) || !Double.isFinite(target)) {
      throw new IllegalArgumentException(String.format(
          "Cannot compute the chance to meet target %s: mean %s and sd %s must be finite, sd >= 0", target, mean, sd));
    }
    if (sd == 0) {
      boolean meets = higherIsBetter ? mean >= target : mean <= target;
      return meets ? 1 : 0;
    }
    double below = Forecast.standard(df).cumulativeProbability((target - mean) / sd);
    return higherIsBetter ? 1 - below : below;
  }
}
