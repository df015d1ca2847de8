package dev.scorecard.forecast;

/**
 * A fitted model: its smoothing parameters, the states after the last observation, and the
 * one-step in-sample SSE over {@code n} points with {@code k} fitted parameters.
 *
 * <p>It gives AICc for choosing among models and forecasts with prediction intervals from the
 * analytic ETS(A,*,*) variance {@code sigma^2 * (1 + c_1^2 + ... + c_{h-1}^2)} (FPP3 table 8.8),
 * with {@code sigma^2 = SSE / (n - k)}. Parameter uncertainty is not included.
 */
public record Fit(String model, Smoothing smoothing, EtsState state, double sse, int n, int k) implements Fitted {

  public Fit {
    if (n <= k) {
      throw new IllegalArgumentException(String.format("Cannot fit %s: n = %d must exceed k = %d", model, n, k));
    }
  }

  /** The point forecasts alone: no simulation even with seasonal factors. */
  @Override
  public double[] means(int horizon) {
    Fitted.checkHorizon(horizon);
    double[] mean = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      mean[h - 1] = EtsFilter.forecast(state, smoothing, h);
    }
    return mean;
  }

  /** Point forecasts and their standard deviations for 1 to {@code horizon} steps ahead. */
  @Override
  public Forecast forecast(int horizon) {
    Fitted.checkHorizon(horizon);
    if (state.multiplicative()) {
      return SimulatedSpread.forecast(this, horizon);
    }
    double[] mean = new double[horizon];
    double[] sd = new double[horizon];
    double sigma = Math.sqrt(sigma2());
    double weights = 0;
    for (int h = 1; h <= horizon; h++) {
      mean[h - 1] = EtsFilter.forecast(state, smoothing, h);
      sd[h - 1] = sigma * Math.sqrt(1 + weights);
      double c = smoothing.errorWeight(h, state.period());
      weights += c * c;
    }
    return new Forecast(mean, sd);
  }
}
