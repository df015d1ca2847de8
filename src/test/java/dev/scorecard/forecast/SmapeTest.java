package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SmapeTest {
  /*
   * Terms |F - A| / ((|A| + |F|) / 2):
   *   A=100, F=110: 10 / 105 = 2/21;  A=0, F=0: 0/0 -> 0;  A=50, F=40: 10 / 45 = 2/9;  A=200, F=100: 100 / 150 = 2/3.
   * Sum = (6 + 14 + 42) / 63 = 62/63; sMAPE = 100 * (62/63) / 4 = 1550/63 = 24.6031746...%
   */
  @Test
  void handCase() {
    double smape = Smape.of(new double[] {100, 0, 50, 200}, new double[] {110, 0, 40, 100});
    assertThat(smape).isCloseTo(1550.0 / 63, within(1e-12));
  }

  @Test
  void perfectAndOppositeForecasts() {
    assertThat(Smape.of(new double[] {0, 0}, new double[] {0, 0})).isZero();
    assertThat(Smape.of(new double[] {5}, new double[] {-5})).isEqualTo(200.0);
  }

  @Test
  void mismatchedLengthsAreRejected() {
    assertThatThrownBy(() -> Smape.of(new double[] {1, 2}, new double[] {1}))
        .hasMessage("Cannot compute sMAPE of 2 actuals and 1 forecasts: need equal, non-zero lengths");
  }
}
