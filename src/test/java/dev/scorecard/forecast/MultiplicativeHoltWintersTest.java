package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultiplicativeHoltWintersTest {
  private static final double[] Y = {12, 20, 30, 16, 14, 24, 36, 18};
  /* alpha 0.5, beta = alpha * 0.4 = 0.2, gamma 0.3, phi 1. */
  private static final Smoothing FIXED = new Smoothing(0.5, 0.2, 0.3, 1);
  /* Given starting states: level 19.5 (mean of 12, 20, 30, 16), slope (23 - 19.5) / 4 = 0.875, s_j = y_j / 19.5. */
  private static final EtsState START = new EtsState(19.5, 0.875, new double[] {12 / 19.5, 20 / 19.5, 30 / 19.5,
      16 / 19.5}, 0, true);

  /*
   * Expected values from the component form of FPP3 8.3, run in exact fractions (a different
   * form from the error-correction recursion under test):
   *   l_t = a y_t/s_{t-m} + (1-a)(l + b),  b_t = b* (l_t - l) + (1-b*) b,  s_t = g y_t/(l + b) + (1-g) s_{t-m}
   * with a = 0.5, b* = 0.4, g = 0.3, starting at l = 19.5 (mean of 12, 20, 30, 16),
   * b = (23 - 19.5) / 4 = 0.875 and s_j = y_j / 19.5.
   */
  @Test
  void recursionWithFixedParametersMatchesTheComponentForm() {
    EtsFilter.Run run = EtsFilter.run(Y, FIXED, START);

    assertThat(run.sse()).isCloseTo(15.41540319800213, within(1e-9));
    assertThat(run.state().level()).isCloseTo(23.534356844067855, within(1e-9));
    assertThat(run.state().trend()).isCloseTo(0.43515124150751316, within(1e-9));
    assertThat(run.state().season()).containsExactly(
        new double[] {0.6352224619269488, 1.0298176192135169, 1.5097201287230781, 0.7847897819442932}, within(1e-9));
    assertThat(EtsFilter.forecast(run.state(), FIXED, 1)).isCloseTo(15.225969937297089, within(1e-9));
    assertThat(EtsFilter.forecast(run.state(), FIXED, 2)).isCloseTo(25.13234816593344, within(1e-9));
    assertThat(EtsFilter.forecast(run.state(), FIXED, 5)).isCloseTo(16.33164130906097, within(1e-9));
  }

  /* One step ahead the simulated paths are forecast + sigma z, so their sd is sigma within sampling error (2000 paths: ~1.6%). */
  @Test
  void simulatedOneStepSpreadIsSigma() {
    EtsFilter.Run run = EtsFilter.run(Y, FIXED, START);
    Fit fit = new Fit("hw-mul", FIXED, run.state(), run.sse(), 13, 3);
    Forecast f = fit.forecast(3);

    double sigma = Math.sqrt((1 + 8.0 / 13) * 15.41540319800213 / 5);
    assertThat(f.sd()[0]).isCloseTo(sigma, within(0.05 * sigma));
    assertThat(f.sd()[1]).isGreaterThan(f.sd()[0]);
    assertThat(f.mean()[0]).isCloseTo(15.225969937297089, within(1e-9));
    assertThat(fit.forecast(3).sd()).containsExactly(f.sd());
  }

  /*
   * 300 series of 40 quarters from ETS(A,A,M): level 100, slope 0.5, factors 0.8/1.2/1.1/0.9,
   * alpha 0.3, beta 0.05, gamma 0.1, sigma 2, seeded. Multiplicative Holt-Winters is fitted on 36
   * quarters, and the 95% interval four steps ahead (the simulated one) must hold quarter 40 in
   * 95% +/- 3.5% of the series: 275..295 of 300 (binomial sd 3.8 series). Seed 7 covers 278 (93%: parameters are estimated, which the interval ignores).
   */
  @Test
  void fourStepNinetyFivePercentIntervalCoversCloseTo95Percent() {
    Random random = new Random(7L);
    int covered = 0;
    for (int s = 0; s < 300; s++) {
      double[] y = simulate(random, 40);
      Forecast f = new EtsModel(Errors.ADDITIVE, EtsModel.Trend.ADDITIVE, EtsModel.Season.MULTIPLICATIVE, 4).fit(Arrays.copyOf(y, 36)).forecast(4);
      if (y[39] >= f.lower(Forecast.LEVEL_95)[3] && y[39] <= f.upper(Forecast.LEVEL_95)[3]) {
        covered++;
      }
    }
    assertThat(covered).isBetween(275, 295);
  }

  private static double[] simulate(Random random, int n) {
    double level = 100;
    double slope = 0.5;
    double[] season = {0.8, 1.2, 1.1, 0.9};
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      double base = level + slope;
      double error = 2 * random.nextGaussian();
      y[t] = base * season[t % 4] + error;
      level = base + 0.3 * error / season[t % 4];
      slope = slope + 0.05 * error / season[t % 4];
      season[t % 4] += 0.1 * error / base;
    }
    return y;
  }

  @Test
  void seriesWithZeroOrNegativeValueIsRejected() {
    double[] y = {5, 7, 6, 9, 8, 11, 10, 12, 0, 13};
    assertThatThrownBy(() -> new EtsModel(Errors.ADDITIVE, EtsModel.Trend.ADDITIVE, EtsModel.Season.MULTIPLICATIVE, 4).fit(y))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot fit holt-winters-mul: y[8] = 0.0, seasonal factors and relative errors need a strictly positive series");
  }
}
