package dev.scorecard.forecast;

/**
 * The ETS(A,Ad,A) recursion in error-correction form (FPP3 table 8.7), which with {@code beta = 0},
 * {@code phi = 1} or {@code gamma = 0} is also SES, Holt's linear trend and additive Holt-Winters:
 *
 * <pre>
 *   yhat_t = l + phi*b + s_{t-m}        e_t = y_t - yhat_t
 *   l'     = l + phi*b + alpha*e_t      b'  = phi*b + beta*e_t      s_t = s_{t-m} + gamma*e_t
 * </pre>
 */
public final class EtsFilter {
  private EtsFilter() {}

  /** The states after the whole series, and the sum of squared one-step errors. */
  public record Run(EtsState state, double sse) {}

  public static Run run(double[] y, Smoothing p, EtsState initial) {
    EtsState state = initial;
    double sse = 0;
    for (double value : y) {
      double error = value - forecast(state, p, 1);
      sse += error * error;
      state = step(state, p, error);
    }
    return new Run(state, sse);
  }

  /** The point forecast h steps after the states: {@code l + (phi + ... + phi^h) b + s}. */
  public static double forecast(EtsState state, Smoothing p, int h) {
    int t = state.time() + h - 1;
    return state.level() + p.dampedSum(h) * state.trend() + state.seasonal(t);
  }

  private static EtsState step(EtsState s, Smoothing p, double error) {
    double level = s.level() + p.phi() * s.trend() + p.alpha() * error;
    double trend = p.phi() * s.trend() + p.beta() * error;
    double[] season = s.season().clone();
    if (season.length > 0) {
      season[s.time() % season.length] += p.gamma() * error;
    }
    return new EtsState(level, trend, season, s.time() + 1);
  }
}
