package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scorecard.bench.SyntheticKpiSeries;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MinimizerTest {
  /* (x - 0.3)^2 + (y - 0.7)^2 + (z - 0.2)^2 in the unit box has its minimum at (0.3, 0.7, 0.2). */
  @Test
  void findsTheMinimumOfABowlInsideTheBox() {
    double[] x = Minimizer.minimize(v -> Math.pow(v[0] - 0.3, 2) + Math.pow(v[1] - 0.7, 2) + Math.pow(v[2] - 0.2, 2),
        new double[] {0, 0, 0}, new double[] {1, 1, 1}, new double[] {0.5, 0.5, 0.5});
    assertThat(x).containsExactly(new double[] {0.3, 0.7, 0.2}, within(1e-4));
  }

  /* A minimum outside the box (x = 2) is met at the wall, never beyond it. */
  @Test
  void staysInsideTheBox() {
    double[] x = Minimizer.minimize(v -> Math.pow(v[0] - 2, 2) + Math.pow(v[1] - 0.5, 2),
        new double[] {0, 0}, new double[] {1, 1}, new double[] {0.5, 0.5});
    assertThat(x[0]).isLessThanOrEqualTo(1.0).isGreaterThan(0.999);
    assertThat(x[1]).isCloseTo(0.5, within(1e-4));
  }

  /*
   * The bench's series 7477 (first 33 months) sent BOBYQA, the optimizer used before, into a loop
   * that evaluated nothing and never returned. Nelder-Mead's evaluation cap bounds every fit.
   */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void theSeriesThatHungTheOldOptimizerIsFittedInBoundedTime() {
    double[] y = Arrays.copyOf(SyntheticKpiSeries.values(7477, 20, 36), 33);
    Fitted fit = new EtsModel(Errors.ADDITIVE, EtsModel.Trend.ADDITIVE, EtsModel.Season.ADDITIVE, 12).fit(y);
    assertThat(fit.sse()).isFinite().isPositive();
    assertThat(ModelSelection.forecast(y, 12, 3).forecast().mean()).hasSize(3);
  }
}
