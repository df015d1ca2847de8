package dev.scorecard.forecast;

/**
 * Additive Holt-Winters, ETS(A,A,A) with season length m: level, slope and m seasonal terms.
 * Needs two full seasons to start and two more points to learn from ({@code 2m + 2}).
 */
public final class HoltWinters implements ForecastModel {
  public static final String NAME = "holt-winters";
  private final int m;

  public HoltWinters(int m) {
    if (m < 2) {
      throw new IllegalArgumentException(String.format("Cannot make Holt-Winters with season length %d: need >= 2", m));
    }
    this.m = m;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int parameterCount() {
    return 3;
  }

  @Override
  public int minLength() {
    return 2 * m + 2;
  }

  /** Fits alpha, {@code beta = alpha * u} and {@code gamma = (1 - alpha) * v}. */
  @Override
  public Fit fit(double[] y) {
    double lo = EtsFitting.LOW;
    double hi = EtsFitting.HIGH;
    EtsFitting.Search search = new EtsFitting.Search(m, true, HoltWinters::smoothing,
        new double[] {lo, lo, lo}, new double[] {hi, hi, hi}, new double[] {0.5, 0.2, 0.2});
    return EtsFitting.fit(this, y, search);
  }

  private static Smoothing smoothing(double[] v) {
    return new Smoothing(v[0], v[0] * v[1], (1 - v[0]) * v[2], 1);
  }
}
