package dev.scorecard.forecast;

/** Simple exponential smoothing, ETS(A,N,N): a level that follows each error by {@code alpha}; flat forecasts. */
public final class SimpleSmoothing implements ForecastModel {
  public static final String NAME = "ses";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int parameterCount() {
    return 1;
  }

  @Override
  public int minLength() {
    return 3;
  }

  @Override
  public Fit fit(double[] y) {
    EtsFitting.Search search = new EtsFitting.Search(0, false, v -> Smoothing.level(v[0]),
        new double[] {EtsFitting.LOW}, new double[] {EtsFitting.HIGH}, new double[] {0.5});
    return EtsFitting.fit(this, y, search);
  }
}
