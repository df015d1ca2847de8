package dev.scorecard.forecast;

/**
 * A fitted ETS model: its smoothing parameters, the states after the last observation, and the
 * in-sample one-step errors over {@code n} points with {@code k} fitted parameters.
 *
 * <p>With additive errors {@code sse} is the sum of squared errors {@code y_t - mu_t}, and an
 * h-step forecast has the analytic variance {@code sigma^2 * (1 + c_1^2 + ... + c_{h-1}^2)} (FPP3
 * table 8.8), {@code sigma^2} from the SSE ({@link #sigma2}). With multiplicative errors {@code sse} is the sum of
 * squared relative errors {@code (y_t - mu_t) / mu_t}, {@code sigma^2} their variance, and
 * {@code logForecasts} the sum of {@code ln mu_t} that their likelihood adds. Models without
 * seasonal factors then have the analytic variance of Hyndman et al. (2008, 6.3, class 2);
 * models with seasonal factors have none and their spread is simulated ({@link SimulatedSpread}).
 * Parameter uncertainty is not included.
 */
public record Fit(String model, Smoothing smoothing, EtsState state, double sse, int n, int k, Errors errors,
    double logForecasts) implements Fitted {

  public Fit {
    if (n <= k) {
      throw new IllegalArgumentException(String.format("Cannot fit %s: n = %d must exceed k = %d", model, n, k));
    }
  }

  /** A fit with additive errors. */
  public Fit(String model, Smoothing smoothing, EtsState state, double sse, int n, int k) {
    this(model, smoothing, state, sse, n, k, Errors.ADDITIVE, 0);
  }

  /** A fit with multiplicative errors: {@code relativeSse} = sum of squared relative errors. */
  static Fit relative(String model, Smoothing smoothing, EtsState state, double relativeSse, double logForecasts,
      int n, int k) {
    return new Fit(model, smoothing, state, relativeSse, n, k, Errors.MULTIPLICATIVE, logForecasts);
  }

  /**
   * The variance of a new one-step error, {@code (1 + p/n) SSE / (n - p)} with {@code p = k + states}:
   * <ul>
   *   <li>the starting states (level, slope, m - 1 free seasonal terms) are read off the first
   *       observations, so they use up degrees of freedom as the smoothing parameters do (R's
   *       {@code forecast::ets} counts them too); {@code n - p} is at least 1;
   *   <li>{@code 1 + p/n} is the average prediction-variance factor of a linear model with p
   *       estimated coefficients: the error of the estimates, which the textbook variance
   *       formulas leave out, added to the noise.
   * </ul>
   * Without both, on simulated series of 4 years 80% intervals covered about 70% (see
   * {@code CalibrationTest}).
   */
  @Override
  public double sigma2() {
    return (1 + (double) estimated() / n) * sse / degreesOfFreedom();
  }

  /** {@code n - p}, at least 1: the degrees of freedom of the variance, and of the t intervals. */
  public double degreesOfFreedom() {
    return Math.max(1, n - estimated());
  }

  /** p: the smoothing parameters and the starting states (level, slope, m - 1 free seasonal terms). */
  private int estimated() {
    return k + 1 + (smoothing.beta() > 0 ? 1 : 0) + Math.max(0, state.period() - 1);
  }

  /** AICc from the likelihood: with multiplicative errors it adds {@code 2 sum ln mu_t}, so both forms compare. */
  @Override
  public double aicc() {
    return Fitted.super.aicc() + 2 * logForecasts;
  }

  /** The point forecasts alone: no simulation even with seasonal factors. */
  @Override
  public double[] means(int horizon) {
    Fitted.checkHorizon(horizon);
    double[] mean = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      mean[h - 1] = EtsFilter.forecast(state, smoothing, h);
    }
    return mean;
  }

  /** Point forecasts and their standard deviations for 1 to {@code horizon} steps ahead. */
  @Override
  public Forecast forecast(int horizon) {
    Fitted.checkHorizon(horizon);
    if (state.multiplicative()) {
      return SimulatedSpread.forecast(this, horizon);
    }
    return errors == Errors.ADDITIVE ? additiveSpread(horizon) : relativeSpread(horizon);
  }

  private Forecast additiveSpread(int horizon) {
    double[] mean = means(horizon);
    double[] sd = new double[horizon];
    double sigma = Math.sqrt(sigma2());
    double weights = 0;
    for (int h = 1; h <= horizon; h++) {
      sd[h - 1] = sigma * Math.sqrt(1 + weights);
      double c = smoothing.errorWeight(h, state.period());
      weights += c * c;
    }
    return new Forecast(mean, sd, degreesOfFreedom());
  }

  /**
   * ETS(M,N,N), (M,A,N), (M,Ad,N), (M,N,A), (M,A,A), (M,Ad,A) (class 2): {@code v_h = (1 + sigma^2) theta_h - mu_h^2}
   * with {@code theta_1 = mu_1^2} and {@code theta_h = mu_h^2 + sigma^2 (c_1^2 theta_{h-1} + ... +
   * c_{h-1}^2 theta_1)}, the {@code c_j} of the additive form.
   */
  private Forecast relativeSpread(int horizon) {
    double[] mean = means(horizon);
    double[] sd = new double[horizon];
    double[] theta = new double[horizon + 1];
    double sigma2 = sigma2();
    for (int h = 1; h <= horizon; h++) {
      double sum = 0;
      for (int j = 1; j < h; j++) {
        double c = smoothing.errorWeight(j, state.period());
        sum += c * c * theta[h - j];
      }
      theta[h] = mean[h - 1] * mean[h - 1] + sigma2 * sum;
      sd[h - 1] = Math.sqrt(Math.max(0, (1 + sigma2) * theta[h] - mean[h - 1] * mean[h - 1]));
    }
    return new Forecast(mean, sd, degreesOfFreedom());
  }
}
