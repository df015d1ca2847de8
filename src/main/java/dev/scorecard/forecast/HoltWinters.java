package dev.scorecard.forecast;

/**
 * Holt-Winters with season length m: level, slope and m seasonal terms, either added to the
 * trend (ETS(A,A,A), for a seasonal swing of constant size) or multiplied with it (ETS(A,A,M),
 * for a swing that grows with the level; only for strictly positive series). Needs two full
 * seasons to start and two more points to learn from ({@code 2m + 2}).
 *
 * <p>Without the slope (ETS(A,N,A) and ETS(A,N,M), "seasonal" models), a level that jumps is not
 * read as a trend and carried on: the better choice for a series whose level shifted once.
 */
public final class HoltWinters implements ForecastModel {
  public static final String NAME = "holt-winters";
  public static final String MULTIPLICATIVE_NAME = "holt-winters-mul";
  public static final String SEASONAL_NAME = "seasonal";
  public static final String SEASONAL_MULTIPLICATIVE_NAME = "seasonal-mul";
  private final int m;
  private final boolean trend;
  private final boolean multiplicative;

  /** Additive Holt-Winters. */
  public HoltWinters(int m) {
    this(m, true, false);
  }

  private HoltWinters(int m, boolean trend, boolean multiplicative) {
    if (m < 2) {
      throw new IllegalArgumentException(String.format("Cannot make Holt-Winters with season length %d: need >= 2", m));
    }
    this.m = m;
    this.trend = trend;
    this.multiplicative = multiplicative;
  }

  /** Holt-Winters with seasonal factors. */
  public static HoltWinters multiplicative(int m) {
    return new HoltWinters(m, true, true);
  }

  /** A level and seasonal terms (added, or factors), no slope. */
  public static HoltWinters withoutTrend(int m, boolean multiplicative) {
    return new HoltWinters(m, false, multiplicative);
  }

  @Override
  public String name() {
    if (!trend) {
      return multiplicative ? SEASONAL_MULTIPLICATIVE_NAME : SEASONAL_NAME;
    }
    return multiplicative ? MULTIPLICATIVE_NAME : NAME;
  }

  @Override
  public int parameterCount() {
    return trend ? 3 : 2;
  }

  @Override
  public int minLength() {
    return 2 * m + 2;
  }

  /** Fits alpha, {@code beta = alpha * u} (with the slope) and {@code gamma = (1 - alpha) * v}. */
  @Override
  public Fit fit(double[] y) {
    if (multiplicative) {
      requirePositive(y);
    }
    double lo = EtsFitting.LOW;
    double hi = EtsFitting.HIGH;
    EtsFitting.Search search = trend
        ? new EtsFitting.Search(m, true, multiplicative, v -> new Smoothing(v[0], v[0] * v[1], (1 - v[0]) * v[2], 1),
            new double[] {lo, lo, lo}, new double[] {hi, hi, hi}, new double[] {0.5, 0.2, 0.2})
        : new EtsFitting.Search(m, false, multiplicative, v -> new Smoothing(v[0], 0, (1 - v[0]) * v[1], 1),
            new double[] {lo, lo}, new double[] {hi, hi}, new double[] {0.5, 0.2});
    return EtsFitting.fit(this, y, search);
  }

  private void requirePositive(double[] y) {
    for (int t = 0; t < y.length; t++) {
      if (!(y[t] > 0)) {
        throw new IllegalArgumentException(String.format(
            "Cannot fit %s: y[%d] = %s, seasonal factors need a strictly positive series", name(), t, y[t]));
      }
    }
  }
}
