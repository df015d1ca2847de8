package dev.scorecard.forecast;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Point forecasts for 1 to H steps ahead with the standard deviation of each forecast error,
 * from which Normal prediction intervals at any level (80% and 95% by convention) follow.
 */
public record Forecast(double[] mean, double[] sd) {
  public static final double LEVEL_80 = 0.80;
  public static final double LEVEL_95 = 0.95;
  private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1, 1e-12);

  public Forecast {
    if (mean.length != sd.length) {
      throw new IllegalArgumentException(
          String.format("Cannot make a forecast: %d means but %d sds", mean.length, sd.length));
    }
  }

  /** The same value and spread at every step, as a naive forecast has. */
  static Forecast flat(double value, double sd, int horizon) {
    double[] mean = new double[horizon];
    double[] sds = new double[horizon];
    Arrays.fill(mean, value);
    Arrays.fill(sds, sd);
    return new Forecast(mean, sds);
  }

  public int horizon() {
    return mean.length;
  }

  /** The lower end of the central prediction interval at {@code level} (e.g. 0.95), per step. */
  public double[] lower(double level) {
    return shifted(-z(level));
  }

  /** The upper end of the central prediction interval at {@code level}, per step. */
  public double[] upper(double level) {
    return shifted(z(level));
  }

  private double[] shifted(double z) {
    double[] bound = new double[mean.length];
    for (int h = 0; h < mean.length; h++) {
      bound[h] = mean[h] + z * sd[h];
    }
    return bound;
  }

  static double z(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(String.format("Cannot make a %s interval: level must be in (0, 1)", level));
    }
    return STANDARD.inverseCumulativeProbability(0.5 + level / 2);
  }
}
