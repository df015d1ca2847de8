package dev.scorecard.forecast;

/**
 * How an ETS model's one-step errors enter (Hyndman et al. 2008, ch. 2): added to the forecast,
 * {@code y_t = mu_t + e_t} with {@code e_t ~ N(0, sigma^2)}, or in proportion to it,
 * {@code y_t = mu_t (1 + e_t)}, so that a series ten times as high errs ten times as much.
 *
 * <p>Both give the same point forecasts from the same parameters: written with the raw error
 * {@code y_t - mu_t}, the state updates are identical. They differ in what the fit minimises (the
 * likelihood) and in how wide the intervals grow, so they are separate candidates.
 */
public enum Errors {
  ADDITIVE(""),
  MULTIPLICATIVE("-relative");

  private final String suffix;

  Errors(String suffix) {
    this.suffix = suffix;
  }

  /** The model name with this error form: {@code holt}, {@code holt-relative}. */
  String modelName(String base) {
    return base + suffix;
  }
}
