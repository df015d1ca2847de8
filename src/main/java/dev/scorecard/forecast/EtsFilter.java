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

  public static Run run(double[] y, Smoothing p, EtsState initial) {
    EtsState state = initial;
    double sse = 0;
    double relativeSse = 0;
    double logForecasts = 0;
    for (double value : y) {
      double mu = forecast(state, p, 1);
      double error = value - mu;
      sse += error * error;
      if (mu > 0) {
        relativeSse += (error / mu) * (error / mu);
        logForecasts += Math.log(mu);
      } else {
        relativeSse = Double.POSITIVE_INFINITY;
        logForecasts = Double.POSITIVE_INFINITY;
      }
      state = step(state, p, error);
    }
    return new Run(state, sse, relativeSse, logForecasts);
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
