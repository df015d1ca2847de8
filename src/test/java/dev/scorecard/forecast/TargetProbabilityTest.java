package dev.scorecard.forecast;

import static dev.scorecard.forecast.TargetProbability.probMeet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetProbabilityTest {
  /* Mean 100, sd 5, target 80 is z = -4 away: Phi(-4) = 3.167e-5 (normal table). */
  @Test
  void forecastFarAboveTargetAlmostSurelyMeetsIt() {
    assertThat(probMeet(100, 5, 80, true)).isCloseTo(1 - 3.167e-5, within(1e-7));
    assertThat(probMeet(100, 5, 80, false)).isCloseTo(3.167e-5, within(1e-7));
  }

  @Test
  void targetAtTheMeanIsExactlyEvenOdds() {
    assertThat(probMeet(42, 3, 42, true)).isEqualTo(0.5);
    assertThat(probMeet(42, 3, 42, false)).isEqualTo(0.5);
  }

  /* Mean 10, sd 2, target 12 is z = 1: P(Z >= 1) = 0.158655 (normal table). */
  @Test
  void oneSdShortOfTarget() {
    assertThat(probMeet(10, 2, 12, true)).isCloseTo(0.158655, within(1e-6));
  }

  /* The same with the spread estimated on 5 degrees of freedom: P(T_5 >= 1) = 0.18160873382456144 (scipy). */
  @Test
  void oneSdShortOfTargetWithAnEstimatedSpreadHasHeavierTails() {
    assertThat(probMeet(10, 2, 12, true, 5)).isCloseTo(0.18160873382456144, within(1e-9));
    assertThat(probMeet(10, 2, 12, false, 5)).isCloseTo(1 - 0.18160873382456144, within(1e-9));
  }

  @ParameterizedTest
  @CsvSource({"10, 9, true, 1", "10, 10, true, 1", "10, 11, true, 0", "10, 9, false, 0", "10, 10, false, 1",
      "10, 11, false, 1"})
  void zeroSdIsCertain(double mean, double target, boolean higherIsBetter, double expected) {
    assertThat(probMeet(mean, 0, target, higherIsBetter)).isEqualTo(expected);
  }

  @Test
  void negativeSdIsRejectedWithValues() {
    assertThatThrownBy(() -> probMeet(1, -2, 3, true))
        .hasMessage("Cannot compute the chance to meet target 3.0: mean 1.0 and sd -2.0 must be finite, sd >= 0");
  }
}
