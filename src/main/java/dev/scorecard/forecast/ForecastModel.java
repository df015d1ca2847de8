package dev.scorecard.forecast;

/**
 * One exponential-smoothing model that can be fitted to a series of equally spaced values.
 *
 * <p>Most models here are ETS models from Hyndman &amp; Athanasopoulos, "Forecasting: Principles
 * and Practice" (FPP3), ch. 8, and Hyndman et al. (2008), {@link EtsModel}: they share one
 * recursion ({@link EtsFilter}) and one fit ({@link EtsFitting}). The seasonal naive forecast and
 * the least-squares line are simpler benchmarks with fits of their own.
 */
public interface ForecastModel {
  /** A short stable name, e.g. {@code holt}, used in results and logs. */
  String name();

  /** How many smoothing parameters are fitted: the {@code k} of AICc and of {@code SSE / (n - k)}. */
  int parameterCount();

  /** The fewest points this model can be fitted to. */
  int minLength();

  /** Fits the model's parameters (smoothing ones by likelihood); needs {@code minLength()} points. */
  Fitted fit(double[] y);
}
