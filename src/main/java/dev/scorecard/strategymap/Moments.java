package dev.scorecard.strategymap;

/**
 * Sums over the (location, period) pairs where a cause value at period t meets an effect value at
 * t + lag, enough for their Pearson correlation; and how many locations and periods they span,
 * which the within-location, within-period demeaning used up as degrees of freedom.
 */
public record Moments(long n, double sx, double sy, double sxx, double syy, double sxy, int locations, int periods) {

  /** Pearson's r of the pairs; NaN when either side does not vary. */
  public double correlation() {
    double cov = n * sxy - sx * sy;
    double varX = n * sxx - sx * sx;
    double varY = n * syy - sy * sy;
    if (n < 3 || varX <= 0 || varY <= 0) {
      return Double.NaN;
    }
    return Math.max(-1, Math.min(1, cov / Math.sqrt(varX * varY)));
  }

  /** Pairs left once each location's and each period's mean are taken out, and the slope. */
  public long degreesOfFreedom() {
    return n - locations - periods;
  }
}
