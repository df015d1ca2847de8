package dev.scorecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoalsTest {
  private static final double[] ZERO_TO_HUNDRED = IntStream.rangeClosed(0, 100).asDoubleStream().toArray();
  private static final KpiRecipe RATE = KpiRecipe.ratio("rate", "Rate", "o", "a", "b", 100, "%", "d");

  @Test
  void putsGreenAtTheMedianAndTheBaselineNearTheBottom() {
    Goal goal = Goals.fit(ZERO_TO_HUNDRED, RATE, 90);

    assertThat(goal).isEqualTo(new Goal(new BigDecimal("56"), new BigDecimal("0")));
    assertThat(score(50, goal)).isBetween(88.0, 92.0);
    assertThat(score(35, goal)).isBetween(60.0, 70.0);
  }

  @Test
  void mirrorsLowerIsBetter() {
    Goal goal = Goals.fit(ZERO_TO_HUNDRED, RATE.minimise(), 90);

    assertThat(goal).isEqualTo(new Goal(new BigDecimal("44"), new BigDecimal("100")));
    assertThat(score(50, goal)).isBetween(88.0, 92.0);
  }

  @Test
  void keepsAMinimumGapForValuesThatBarelyMove() {
    Goal ratio = Goals.fit(new double[] {80, 80, 80}, RATE, 90);
    Goal growth = Goals.fit(new double[] {5}, KpiRecipe.yearOnYear("g", "G", "o", "a", "d"), 90);
    Goal simple = Goals.fit(new double[] {1000, 1000}, KpiRecipe.simple("s", "S", "o", "a", "EUR", "d"), 90);

    assertThat(ratio).isEqualTo(new Goal(new BigDecimal("80.4"), new BigDecimal("76")));
    assertThat(growth).isEqualTo(new Goal(new BigDecimal("5.6"), new BigDecimal("0")));
    assertThat(simple).isEqualTo(new Goal(new BigDecimal("1010"), new BigDecimal("900")));
  }

  @Test
  void aStricterGreenThresholdRaisesTheTarget() {
    Goal strict = Goals.fit(ZERO_TO_HUNDRED, RATE, 95);

    assertThat(strict.target()).isLessThan(new BigDecimal("56"));
    assertThat(score(50, strict)).isBetween(93.0, 97.0);
  }

  @ParameterizedTest
  @CsvSource({"2.75, 2", "0.031, 0.02", "7.6, 10", "1.2, 1", "4, 5", "1400, 1000", "1500, 2000"})
  void stepsAreOneTwoOrFiveTimesAPowerOfTen(double rough, String step) {
    assertThat(Goals.step(rough)).isEqualByComparingTo(step);
  }

  @Test
  void roundingNeverMakesTargetAndBaselineEqual() {
    Goal goal = Goals.round(10.04, 10.0);

    assertThat(goal.target()).isGreaterThan(goal.baseline());
  }

  private static double score(double value, Goal goal) {
    double target = goal.target().doubleValue();
    double baseline = goal.baseline().doubleValue();
    return 100 * Math.max(0, Math.min(1, (value - baseline) / (target - baseline)));
  }
}
