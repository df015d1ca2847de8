package dev.scorecard.forecast;

/**
 * A fitted model: its smoothing parameters, the states after the last observation, and the
 * one-step in-sample SSE over {@code n} points with {@code k} fitted parameters.
 *
 * <p>It gives AICc for choosing among models and forecasts with prediction intervals from the
 * analytic ETS(A,*,*) variance {@code sigma^2 * (1 + c_1^2 + ... + c_{h-1}^2)} (FPP3 table 8.8),
 * with {@code sigma^2 = SSE / (n - k)}. Parameter uncertainty is not included.
 */
public record Fit(String model, Smoothing smoothing, EtsState state, double sse, int n, int k) {
  /** Keeps {@code ln(SSE / n)} finite when a series is fitted exactly. */
  private static final double SSE_FLOOR = Double.MIN_NORMAL;

  public Fit {
    if (n <= k) {
      throw new IllegalArgumentException(String.format("Cannot fit %s: n = %d must exceed k = %d", model, n, k));
    }
  }

  /** The one-step error variance, {@code SSE / (n - k)}. */
  public double sigma2() {
    return sse / (n - k);
  }

  /** {@code n ln(SSE/n) + 2k + 2k(k+1)/(n-k-1)}; +Infinity when {@code n <= k + 1}, where it is undefined. */
  public double aicc() {
    if (n <= k + 1) {
      return Double.POSITIVE_INFINITY;
    }
    return n * Math.log(Math.max(sse, SSE_FLOOR) / n) + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
  }

  /** Point forecasts and their standard deviations for 1 to {@code horizon} steps ahead. */
  public Forecast forecast(int horizon) {
    if (horizon < 1) {
      throw new IllegalArgumentException(String.format("Cannot forecast %d steps: horizon must be >= 1", horizon));
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
