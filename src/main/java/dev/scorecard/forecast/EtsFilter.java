package dev.scorecard.forecast;

/**
 * The ETS recursion in error-correction form (FPP3 table 8.7; Hyndman et al. 2008, table 2.3)
 * with additive errors. With additive seasonal terms, ETS(A,Ad,A):
 *
 * <pre>
 *   yhat_t = l + phi*b + s_{t-m}        e_t = y_t - yhat_t
 *   l'     = l + phi*b + alpha*e_t      b'  = phi*b + beta*e_t      s_t = s_{t-m} + gamma*e_t
 * </pre>
 *
 * which with {@code beta = 0}, {@code phi = 1} or {@code gamma = 0} is also SES, Holt's linear
 * trend and additive Holt-Winters. With seasonal factors (multiplicative Holt-Winters), ETS(A,Ad,M):
 *
 * <pre>
 *   yhat_t = (l + phi*b) * s_{t-m}
 *   l'     = l + phi*b + alpha*e_t/s_{t-m}   b' = phi*b + beta*e_t/s_{t-m}   s_t = s_{t-m} + gamma*e_t/(l + phi*b)
 * </pre>
 *
 * <p>The same recursion serves the models with multiplicative errors, ETS(M,*,*): written with the
 * raw error {@code e_t = y_t - yhat_t} their updates are the ones above (for ETS(M,N,N),
 * {@code l' = l (1 + alpha*eps_t) = l + alpha*e_t} with {@code eps_t = e_t / l}), so only the
 * likelihood and the intervals tell the two apart ({@link Errors}).
 */
public final class EtsFilter {
  private EtsFilter() {}

  /**
   * The states after the whole series, with what both error forms' likelihoods need: the sum of
   * squared one-step errors {@code e_t = y_t - mu_t}, the sum of squared relative errors
   * {@code e_t / mu_t}, and the sum of {@code ln mu_t}. A forecast at or below zero has no relative
   * error: both relative sums are then +Infinity.
   */
  public record Run(EtsState state, double sse, double relativeSse, double logForecasts) {}

  /**
   * Runs the recursion over the whole series. The same arithmetic as {@link #forecast} and
   * {@link #step}, in the same order, on local variables and one seasonal array: a fit runs this a
   * few hundred times per model and series, and a new state per observation was most of its cost.
   */
  public static Run run(double[] y, Smoothing p, EtsState initial) {
    return run(y, p, initial, true);
  }

  /**
   * As {@link #run(double[], Smoothing, EtsState)}; {@code relative} false leaves out the sums of
   * relative errors and of {@code ln mu_t} (a logarithm per observation that additive errors do not need).
   */
  static Run run(double[] y, Smoothing p, EtsState initial, boolean relative) {
    double level = initial.level();
    double trend = initial.trend();
    double[] season = initial.season().clone();
    int m = season.length;
    boolean factors = initial.multiplicative();
    double phi = p.phi();
    double sse = 0;
    double relativeSse = 0;
    double logForecasts = 0;
    int time = initial.time();
    for (double value : y) {
      double base = level + phi * trend;
      double seasonal = m == 0 ? (factors ? 1 : 0) : season[time % m];
      double mu = factors ? base * seasonal : base + seasonal;
      double error = value - mu;
      sse += error * error;
      if (!relative) {
        relativeSse = Double.NaN;
        logForecasts = Double.NaN;
      } else if (mu > 0) {
        relativeSse += (error / mu) * (error / mu);
        logForecasts += Math.log(mu);
      } else {
        relativeSse = Double.POSITIVE_INFINITY;
        logForecasts = Double.POSITIVE_INFINITY;
      }
      double scaled = factors ? error / seasonal : error;
      if (m > 0) {
        season[time % m] += p.gamma() * (factors ? error / base : error);
      }
      level = base + p.alpha() * scaled;
      trend = phi * trend + p.beta() * scaled;
      time++;
    }
    return new Run(new EtsState(level, trend, season, time, factors), sse, relativeSse, logForecasts);
  }

  /** The point forecast h steps after the states: {@code l + (phi + ... + phi^h) b}, plus or times the seasonal. */
  public static double forecast(EtsState state, Smoothing p, int h) {
    int t = state.time() + h - 1;
    double trended = state.level() + p.dampedSum(h) * state.trend();
    return state.multiplicative() ? trended * state.seasonal(t) : trended + state.seasonal(t);
  }

  /** The states after one observation whose one-step error was {@code error}. */
  static EtsState step(EtsState s, Smoothing p, double error) {
    double base = s.level() + p.phi() * s.trend();
    double seasonal = s.seasonal(s.time());
    double scaled = s.multiplicative() ? error / seasonal : error;
    double[] season = s.season().clone();
    if (season.length > 0) {
      season[s.time() % season.length] += p.gamma() * (s.multiplicative() ? error / base : error);
    }
    return new EtsState(base + p.alpha() * scaled, p.phi() * s.trend() + p.beta() * scaled, season, s.time() + 1,
        s.multiplicative());
  }
}
