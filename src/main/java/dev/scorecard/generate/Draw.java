package dev.scorecard.generate;

import java.util.SplittableRandom;

/**
 * The random draws the simulation needs, on one {@link SplittableRandom}.
 *
 * <p>Every draw is computed here from uniform numbers, so a seed gives the same stream on every
 * JDK; each store gets its own split stream, so adding a store does not change the others.
 */
final class Draw {
  private final SplittableRandom random;

  Draw(long seed) {
    this(new SplittableRandom(seed));
  }

  private Draw(SplittableRandom random) {
    this.random = random;
  }

  /** An independent stream for one store or one model part. */
  Draw split() {
    return new Draw(random.split());
  }

  double uniform() {
    return random.nextDouble();
  }

  double uniform(double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  int index(int bound) {
    return random.nextInt(bound);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** Box-Muller; one of the pair is thrown away to keep the stream stateless. */
  double normal(double mean, double sd) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return mean + sd * Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }

  /** A multiplicative noise factor with mean 1. */
  double factor(double sd) {
    return Math.exp(normal(-sd * sd / 2.0, sd));
  }

  double exponential(double mean) {
    return -mean * Math.log(1.0 - random.nextDouble());
  }

  /** Poisson counts: Knuth's method for small means, a rounded normal for large ones. */
  int poisson(double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 40) {
      return (int) Math.max(0, Math.round(normal(mean, Math.sqrt(mean))));
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }

  /** The number of successes among n trials: exact for small n, normal beyond. */
  int binomial(int trials, double probability) {
    if (trials <= 60) {
      int count = 0;
      for (int i = 0; i < trials; i++) {
        count += chance(probability) ? 1 : 0;
      }
      return count;
    }
    double sd = Math.sqrt(trials * probability * (1 - probability));
    return (int) Math.min(trials, Math.max(0, Math.round(normal(trials * probability, sd))));
  }
}
