package dev.scorecard.forecast;

/**
 * One exponential-smoothing model that can be fitted to a series of equally spaced values.
 *
 * <p>Every model here is an ETS(A,*,*) model (additive errors) from Hyndman &amp; Athanasopoulos,
 * "Forecasting: Principles and Practice", ch. 8, so all share one recursion ({@link EtsFilter})
 * and one variance formula ({@link Fit#forecast}); a model only says which components it has and
 * which smoothing parameters it fits.
 */
public interface ForecastModel {
  /** A short stable name, e.g. {@code holt}, used in results and logs. */
  String name();

  /** How many smoothing parameters are fitted: the {@code k} of AICc and of {@code SSE / (n - k)}. */
  int parameterCount();

  /** The fewest points this model can be fitted to. */
  int minLength();

  /** Fits the smoothing parameters by least one-step squared error; needs {@code minLength()} points. */
  Fit fit(double[] y);
}
