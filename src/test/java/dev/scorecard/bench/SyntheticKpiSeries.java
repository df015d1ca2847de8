package dev.scorecard.bench;

import java.util.SplittableRandom;

/**
 * Seeded synthetic monthly KPI series for the forecast speed bench: level + linear trend +
 * a yearly sine season + Gaussian noise, each drawn per series, so series {@code id} is the
 * same on the driver, on an executor and in every run.
 *
 * <p>Series {@code id} is KPI {@code id % kpis} at location {@code id / kpis}; a KPI's scale
 * is 10, 100, 1,000 or 10,000 so the panel mixes magnitudes as a scorecard does.
 */
public final class SyntheticKpiSeries {
  static final long SEED = 20261127L;
  private static final double TWO_PI = 2 * Math.PI;

  private SyntheticKpiSeries() {}

  static double scale(int kpi) {
    return Math.pow(10, 1 + kpi % 4);
  }

  public static double[] values(long id, int kpis, int length) {
    SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + id);
    double level = scale((int) (id % kpis)) * uniform(random, 0.8, 1.2);
    double trend = level * uniform(random, -0.01, 0.015);
    double amplitude = level * uniform(random, 0.05, 0.3);
    double phase = uniform(random, 0, TWO_PI);
    double noise = level * uniform(random, 0.02, 0.08);
    double[] y = new double[length];
    for (int t = 0; t < length; t++) {
      y[t] = level + trend * t + amplitude * Math.sin(TWO_PI * t / 12 + phase) + noise * gaussian(random);
    }
    return y;
  }

  private static double uniform(SplittableRandom random, double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  /** A standard Normal draw by Box-Muller (SplittableRandom has no nextGaussian on Java 17). */
  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(TWO_PI * random.nextDouble());
  }
}
