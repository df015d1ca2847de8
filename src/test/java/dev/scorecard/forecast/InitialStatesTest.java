package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InitialStatesTest {
  /*
   * y = 10 20 30 20 | 14 24 34 24, m = 4: season means 20 and 24, line slope (24 - 20) / 4 = 1, each
   * mean at its season's middle (j = 1.5): line 18.5 19.5 20.5 21.5 | 22.5 23.5 24.5 25.5.
   * Seasonals, averaged over the two seasons: (-8.5 - 8.5)/2 = -8.5, (0.5 + 0.5)/2 = 0.5, 9.5, -1.5.
   * With a trend (phi 1): level = 20 - 1.5 * 1 - 1 * 1 = 17.5, so the first forecast 17.5 + 1 - 8.5 = 10 = y[0].
   * Without: level 20, slope 0.
   */
  @Test
  void additiveSeasonsComeFromTheFirstTwoSeasonsAroundTheirLine() {
    double[] y = {10, 20, 30, 20, 14, 24, 34, 24};
    EtsState trended = InitialStates.of(y, 4, true, 1, false);
    assertThat(trended.level()).isCloseTo(17.5, within(1e-12));
    assertThat(trended.trend()).isCloseTo(1, within(1e-12));
    assertThat(trended.season()).containsExactly(new double[] {-8.5, 0.5, 9.5, -1.5}, within(1e-12));
    assertThat(EtsFilter.forecast(trended, new Smoothing(0.5, 0.1, 0.1, 1), 1)).isCloseTo(10, within(1e-12));

    EtsState flat = InitialStates.of(y, 4, false, 1, false);
    assertThat(flat.level()).isCloseTo(20, within(1e-12));
    assertThat(flat.trend()).isZero();
    assertThat(flat.season()).containsExactly(new double[] {-8.5, 0.5, 9.5, -1.5}, within(1e-12));
  }

  /*
   * y = 12 20 30 16 | 14 24 36 18: means 19.5 and 23, slope 0.875; line 18.1875 19.0625 19.9375 20.8125 |
   * 21.6875 22.5625 23.4375 24.3125. Factors (12/18.1875 + 14/21.6875)/2 = 0.6526634778216822, ...
   * (computed apart in Python). Damped, phi 0.9: level 19.5 - 1.5 * 0.875 - 0.9 * 0.875 = 17.4.
   */
  @Test
  void seasonalFactorsAreRatiosToTheLine() {
    double[] y = {12, 20, 30, 16, 14, 24, 36, 18};
    EtsState state = InitialStates.of(y, 4, true, 0.9, true);
    assertThat(state.multiplicative()).isTrue();
    assertThat(state.level()).isCloseTo(17.4, within(1e-12));
    assertThat(state.trend()).isCloseTo(0.875, within(1e-12));
    assertThat(state.season()).containsExactly(new double[] {0.6526634778216822, 1.0564461196130965,
        1.5203510971786836, 0.7545643329705026}, within(1e-12));
  }

  /* Without a season: y[0] as the level; with a trend, the first difference as slope. */
  @Test
  void nonSeasonalStatesStartAtTheFirstPoints() {
    EtsState holt = InitialStates.of(new double[] {5, 8, 9}, 0, true, 0.9, false);
    assertThat(holt.trend()).isEqualTo(3);
    assertThat(holt.level()).isCloseTo(5 - 0.9 * 3, within(1e-12));
    assertThat(InitialStates.of(new double[] {5, 8, 9}, 0, false, 1, false).level()).isEqualTo(5);
  }
}
