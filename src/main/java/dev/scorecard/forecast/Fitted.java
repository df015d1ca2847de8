package dev.scorecard.forecast;

/**
 * A model fitted to one series: how well it explains the series (its squared one-step errors,
 * AICc) and its forecast with prediction intervals. {@link ModelSelection} compares fits of
 * different models by {@link #aicc()}.
 */
public interface Fitted {
  /** Keeps {@code ln(SSE / n)} finite when a series is fitted exactly. */
  double SSE_FLOOR = Double.MIN_NORMAL;

  /** The name of the model that was fitted, e.g. {@code holt}. */
  String model();

  /** The sum of squared in-sample errors over the points that have one. */
  double sse();

  /** The number of points in the series. */
  int n();

  /** The number of fitted parameters: the {@code k} of AICc and of {@code SSE / (n - k)}. */
  int k();

  /** The one-step error variance, {@code SSE / (n - k)}. */
  default double sigma2() {
    return sse() / (n() - k());
  }

  /** {@code n ln(SSE/n) + 2k + 2k(k+1)/(n-k-1)}; +Infinity when {@code n <= k + 1}, where it is undefined. */
  default double aicc() {
    int n = n();
    int k = k();
    if (n <= k + 1) {
      return Double.POSITIVE_INFINITY;
    }
    return n * Math.log(Math.max(sse(), SSE_FLOOR) / n) + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
  }

  /** Point forecasts and their standard deviations for 1 to {@code horizon} steps ahead. */
  Forecast forecast(int horizon);

  /** The point forecasts alone, for 1 to {@code horizon} steps ahead. */
  default double[] means(int horizon) {
    return forecast(horizon).mean();
  }

  static void checkHorizon(int horizon) {
    if (horizon < 1) {
      throw new IllegalArgumentException(String.format("Cannot forecast %d steps: horizon must be >= 1", horizon));
    }
  }
}
