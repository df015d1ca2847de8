package dev.scorecard.forecast;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Forecast spread by simulation, for models whose forecast variance has no simple closed form
 * (seasonal factors; FPP3 8.7 "prediction intervals"): many future paths are run through the
 * model's own recursion with Normal one-step errors of the fitted variance (added, or in proportion
 * to each path's one-step forecast with multiplicative errors), and each step's standard deviation
 * is read off the paths. The seed is fixed, so the same series
 * always gets the same intervals.
 *
 * <p>Every series draws the same seeded sequence, so it is drawn once per horizon and kept
 * ({@link #draws}): drawing it again for each series was a third of a series' fit and forecast
 * (Box-Muller's logarithm and cosine per draw, 2,000 x horizon draws).
 */
final class SimulatedSpread {
  static final int PATHS = 2000;
  static final long SEED = 20261127L;
  private static final Map<Integer, double[]> DRAWS = new ConcurrentHashMap<>();

  private SimulatedSpread() {}

  static Forecast forecast(Fit fit, int horizon) {
    double[] z = draws(horizon);
    double sigma = Math.sqrt(fit.sigma2());
    double[][] paths = new double[horizon][PATHS];
    for (int path = 0; path < PATHS; path++) {
      EtsState state = fit.state();
      for (int h = 0; h < horizon; h++) {
        double mu = EtsFilter.forecast(state, fit.smoothing(), 1);
        double error = sigma * z[path * horizon + h] * (fit.errors() == Errors.MULTIPLICATIVE ? mu : 1);
        paths[h][path] = mu + error;
        state = EtsFilter.step(state, fit.smoothing(), error);
      }
    }
    double[] mean = new double[horizon];
    double[] sd = new double[horizon];
    for (int h = 0; h < horizon; h++) {
      mean[h] = EtsFilter.forecast(fit.state(), fit.smoothing(), h + 1);
      sd[h] = new StandardDeviation().evaluate(paths[h]);
    }
    return new Forecast(mean, sd, fit.degreesOfFreedom());
  }

  /**
   * The standard Normal draws of every path for a horizon, in the order the paths use them: path
   * by path, each step of a path in turn ({@code [path * horizon + step]}), from a generator seeded
   * with {@link #SEED}. Made once per horizon and shared by every series and thread (read only).
   */
  static double[] draws(int horizon) {
    return DRAWS.computeIfAbsent(horizon, h -> {
      RandomGenerator random = new Well19937c(SEED);
      double[] z = new double[PATHS * h];
      for (int i = 0; i < z.length; i++) {
        z[i] = random.nextGaussian();
      }
      return z;
    });
  }
}
