package dev.scorecard.forecast;

import java.util.function.Function;

/**
 * Fits a model's smoothing parameters by minimising the one-step in-sample SSE.
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

    Search(int m, boolean trend, Function<double[], Smoothing> smoothing, double[] lower, double[] upper,
        double[] start) {
      this(m, trend, false, smoothing, lower, upper, start);
    }

    EtsState initial(double[] y, Smoothing p) {
      return InitialStates.of(y, m, trend, p.phi(), multiplicative);
    }
  }

  static Fit fit(ForecastModel model, double[] y, Search search) {
    check(model, y);
    double[] best = Minimizer.minimize(v -> sse(y, search, v), search.lower(), search.upper(), search.start());
    Smoothing p = search.smoothing().apply(best);
    EtsFilter.Run run = EtsFilter.run(y, p, search.initial(y, p));
    return new Fit(model.name(), p, run.state(), run.sse(), y.length, model.parameterCount());
  }

  private static double sse(double[] y, Search search, double[] point) {
    Smoothing p = search.smoothing().apply(point);
    double sse = EtsFilter.run(y, p, search.initial(y, p)).sse();
    return Double.isFinite(sse) ? sse : Double.MAX_VALUE;
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
