package dev.scorecard.forecast;

/** Holt's linear trend, ETS(A,A,N): a level and a slope, forecasts on a straight line. */
public final class HoltLinear implements ForecastModel {
  public static final String NAME = "holt";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int parameterCount() {
    return 2;
  }

  @Override
  public int minLength() {
    return 4;
  }

  /** Fits alpha and {@code beta = alpha * u}. */
  @Override
  public Fit fit(double[] y) {
    double lo = EtsFitting.LOW;
    double hi = EtsFitting.HIGH;
    EtsFitting.Search search = new EtsFitting.Search(0, true, v -> Smoothing.trend(v[0], v[0] * v[1], 1),
        new double[] {lo, lo}, new double[] {hi, hi}, new double[] {0.5, 0.2});
    return EtsFitting.fit(this, y, search);
  }
}
