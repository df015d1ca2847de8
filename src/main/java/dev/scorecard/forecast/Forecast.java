package dev.scorecard.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Point forecasts for 1 to H steps ahead with the standard deviation of each forecast error,
 * from which prediction intervals at any level (80% and 95% by convention) follow: Student's t
 * with {@code df} degrees of freedom, since the spread is estimated from the series (Normal when
 * {@code df} is infinite).
 */
public record Forecast(double[] mean, double[] sd, double df) {
  public static final double LEVEL_80 = 0.80;
  public static final double LEVEL_95 = 0.95;
  private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1, 1e-12);
  /** t distributions by df, and their quantiles by (level, df): a stage asks for the same few thousands of times. */
  private static final Map<Double, RealDistribution> STUDENT = new ConcurrentHashMap<>();
  private static final Map<List<Double>, Double> QUANTILES = new ConcurrentHashMap<>();

  public Forecast {
    if (mean.length != sd.length) {
      throw new IllegalArgumentException(
          String.format("Cannot make a forecast: %d means but %d sds", mean.length, sd.length));
    }
    if (!(df > 0)) {
      throw new IllegalArgumentException(String.format("Cannot make a forecast with %s degrees of freedom: need > 0", df));
    }
  }

  /** Normal intervals: a spread that is known, not estimated. */
  public Forecast(double[] mean, double[] sd) {
    this(mean, sd, Double.POSITIVE_INFINITY);
  }

  /** The same value and spread at every step, as a naive forecast has. */
  static Forecast flat(double value, double sd, int horizon, double df) {
    double[] mean = new double[horizon];
    double[] sds = new double[horizon];
    Arrays.fill(mean, value);
    Arrays.fill(sds, sd);
    return new Forecast(mean, sds, df);
  }

  public int horizon() {
    return mean.length;
  }

  /** The lower end of the central prediction interval at {@code level} (e.g. 0.95), per step. */
  public double[] lower(double level) {
    return shifted(-multiplier(level, df));
  }

  /** The upper end of the central prediction interval at {@code level}, per step. */
  public double[] upper(double level) {
    return shifted(multiplier(level, df));
  }

  /**
   * How many sds the central interval at {@code level} reaches from the mean: Student's t quantile
   * with {@code df} degrees of freedom, or the Normal one for infinite {@code df}.
   */
  public static double multiplier(double level, double df) {
    double z = z(level);
    return Double.isInfinite(df) ? z : QUANTILES.computeIfAbsent(List.of(level, df),
        key -> standard(df).inverseCumulativeProbability(0.5 + level / 2));
  }

  /** The distribution of a forecast error in sds: Student's t with {@code df} degrees of freedom, Normal for infinite df. */
  static RealDistribution standard(double df) {
    return Double.isInfinite(df) ? STANDARD : STUDENT.computeIfAbsent(df, key -> new TDistribution(null, df, 1e-12));
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
