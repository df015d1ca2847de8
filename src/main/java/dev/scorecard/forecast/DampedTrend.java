package dev.scorecard.forecast;

/**
 * Damped trend, ETS(A,Ad,N): Holt's slope shrunk by {@code phi} each step, so long forecasts
 * flatten out instead of running on. Needs 5 points: a trend (4) and AICc defined ({@code n > k + 1}).
 */
public final class DampedTrend implements ForecastModel {
  public static final String NAME = "damped";

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
    return 5;
  }

  /** Fits alpha, {@code beta = alpha * u} and phi. */
  @Override
  public Fit fit(double[] y) {
    double lo = EtsFitting.LOW;
    double hi = EtsFitting.HIGH;
    EtsFitting.Search search = new EtsFitting.Search(0, true, v -> Smoothing.trend(v[0], v[0] * v[1], v[2]),
        new double[] {lo, lo, EtsFitting.PHI_LOW}, new double[] {hi, hi, EtsFitting.PHI_HIGH},
        new double[] {0.5, 0.2, 0.9});
    return EtsFitting.fit(this, y, search);
  }
}
