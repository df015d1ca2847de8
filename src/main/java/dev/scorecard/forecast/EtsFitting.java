package dev.scorecard.forecast;

import java.util.function.Function;

/**
 * Fits a model's smoothing parameters by maximum likelihood (Hyndman et al. 2008, 5.2), that is
 * by minimising, with additive errors, {@code n ln(SSE)}, the one-step in-sample squared error;
 * with multiplicative ones {@code n ln(sum of (e_t/mu_t)^2) + 2 sum ln mu_t}, where the second
 * term stops the fit from buying small relative errors with large forecasts.
 *
 * <p>The search runs in a unit box: {@code alpha} directly, {@code beta = alpha * u} and
 * {@code gamma = (1 - alpha) * v} with u, v in (0, 1), so the bounds {@code 0 < beta < alpha}
 * and {@code 0 < gamma < 1 - alpha} hold without constraints; {@code phi} in [0.8, 0.98].
 */
final class EtsFitting {
  static final double LOW = 1e-4;
  static final double HIGH = 1 - 1e-4;
  static final double PHI_LOW = 0.8;
  static final double PHI_HIGH = 0.98;

  private EtsFitting() {}

  /**
   * A model's search: its season length, whether it has a trend, whether its seasonal terms are
   * factors, and how a point in the box maps to parameters.
   */
  record Search(int m, boolean trend, boolean multiplicative, Function<double[], Smoothing> smoothing,
      double[] lower, double[] upper, double[] start) {

    EtsState initial(double[] y, Smoothing p) {
      return InitialStates.of(y, m, trend, p.phi(), multiplicative);
    }
  }

  static Fit fit(ForecastModel model, double[] y, Search search, Errors errors) {
    check(model, y);
    if (errors == Errors.MULTIPLICATIVE || search.multiplicative()) {
      requirePositive(model, y);
    }
    Starts starts = new Starts(y, search);
    double[] best = Minimizer.minimize(v -> criterion(y, search, starts, errors, v), search.lower(), search.upper(),
        search.start());
    Smoothing p = search.smoothing().apply(best);
    EtsFilter.Run run = EtsFilter.run(y, p, search.initial(y, p));
    return errors == Errors.ADDITIVE
        ? new Fit(model.name(), p, run.state(), run.sse(), y.length, model.parameterCount())
        : Fit.relative(model.name(), p, run.state(), run.relativeSse(), run.logForecasts(), y.length,
            model.parameterCount());
  }

  /** Minus twice the log-likelihood, without the terms every parameter value shares. */
  private static double criterion(double[] y, Search search, Starts starts, Errors errors, double[] point) {
    Smoothing p = search.smoothing().apply(point);
    EtsFilter.Run run = EtsFilter.run(y, p, starts.of(p), errors == Errors.MULTIPLICATIVE);
    double value = errors == Errors.ADDITIVE
        ? run.sse()
        : y.length * Math.log(Math.max(run.relativeSse(), Fitted.SSE_FLOOR)) + 2 * run.logForecasts();
    return Double.isFinite(value) ? value : Double.MAX_VALUE;
  }

  /**
   * The starting states of a search, made once: they depend on the parameters only through phi
   * (a damped trend's level), which is constant in every search but a damped one's.
   */
  private static final class Starts {
    private final double[] y;
    private final Search search;
    private double phi = Double.NaN;
    private EtsState state;

    Starts(double[] y, Search search) {
      this.y = y;
      this.search = search;
    }

    EtsState of(Smoothing p) {
      if (p.phi() != phi) {
        phi = p.phi();
        state = search.initial(y, p);
      }
      return state;
    }
  }

  private static void requirePositive(ForecastModel model, double[] y) {
    for (int t = 0; t < y.length; t++) {
      if (!(y[t] > 0)) {
        throw new IllegalArgumentException(String.format(
            "Cannot fit %s: y[%d] = %s, seasonal factors and relative errors need a strictly positive series",
            model.name(), t, y[t]));
      }
    }
  }

  static void check(ForecastModel model, double[] y) {
    if (y.length < model.minLength()) {
      throw new IllegalArgumentException(String.format(
          "Cannot fit %s: needs at least %d points, got %d", model.name(), model.minLength(), y.length));
    }
    for (int t = 0; t < y.length; t++) {
      if (!Double.isFinite(y[t])) {
        throw new IllegalArgumentException(String.format("Cannot fit %s: y[%d] is %s", model.name(), t, y[t]));
      }
    }
  }
}
