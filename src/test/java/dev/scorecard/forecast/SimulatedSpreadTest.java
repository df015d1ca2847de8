package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;

/**
 * The simulated spread draws its Normal errors once per horizon and shares them between series.
 * These tests hold it to the intervals of a generator seeded afresh for each series, path by path
 * and step by step, as it was before: the same numbers to the last bit, for both error forms.
 */
class SimulatedSpreadTest {
  /* ETS(A,A,M) and ETS(M,A,M) states of a quarterly series: level 200, slope 3, factors around 1. */
  private static final EtsState STATE = new EtsState(200, 3, new double[] {0.9, 1.1, 1.2, 0.8}, 20, true);
  private static final Smoothing SMOOTHING = new Smoothing(0.3, 0.05, 0.1, 1);

  @Test
  void theSharedDrawsAreTheSeededSequencePathByPath() {
    RandomGenerator random = new Well19937c(SimulatedSpread.SEED);
    double[] z = SimulatedSpread.draws(5);
    assertThat(z).hasSize(SimulatedSpread.PATHS * 5);
    for (double drawn : z) {
      assertThat(drawn).isEqualTo(random.nextGaussian());
    }
  }

  @Test
  void additiveErrorsGetTheIntervalsOfAGeneratorSeededForTheSeries() {
    Fit fit = new Fit("holt-winters-mul", SMOOTHING, STATE, 20 * 16.0, 20, 3);
    for (int horizon : new int[] {1, 3, 8}) {
      assertThat(SimulatedSpread.forecast(fit, horizon).sd()).containsExactly(seededAfresh(fit, horizon));
    }
  }

  @Test
  void relativeErrorsGetTheIntervalsOfAGeneratorSeededForTheSeries() {
    Fit fit = Fit.relative("holt-winters-mul-relative", SMOOTHING, STATE, 20 * 0.0025, 0, 20, 3);
    for (int horizon : new int[] {2, 4}) {
      assertThat(SimulatedSpread.forecast(fit, horizon).sd()).containsExactly(seededAfresh(fit, horizon));
    }
  }

  /** The spread as computed before the draws were shared: a new generator, drawn as the paths go. */
  private static double[] seededAfresh(Fit fit, int horizon) {
    RandomGenerator random = new Well19937c(SimulatedSpread.SEED);
    double sigma = Math.sqrt(fit.sigma2());
    double[][] paths = new double[horizon][SimulatedSpread.PATHS];
    for (int path = 0; path < SimulatedSpread.PATHS; path++) {
      EtsState state = fit.state();
      for (int h = 0; h < horizon; h++) {
        double mu = EtsFilter.forecast(state, fit.smoothing(), 1);
        double error = sigma * random.nextGaussian() * (fit.errors() == Errors.MULTIPLICATIVE ? mu : 1);
        paths[h][path] = mu + error;
        state = EtsFilter.step(state, fit.smoothing(), error);
      }
    }
    double[] sd = new double[horizon];
    for (int h = 0; h < horizon; h++) {
      sd[h] = new StandardDeviation().evaluate(paths[h]);
    }
    return sd;
  }
}
