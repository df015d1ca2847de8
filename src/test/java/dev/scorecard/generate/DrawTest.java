package dev.scorecard.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DrawTest {

  @Test
  void aSeedGivesTheSameStreamAndSplitsAreIndependentOfLaterDraws() {
    Draw a = new Draw(42);
    Draw b = new Draw(42);
    Draw splitA = a.split();
    Draw splitB = b.split();
    b.uniform();

    assertThat(IntStream.range(0, 5).mapToDouble(i -> splitA.normal(0, 1)).toArray())
        .containsExactly(IntStream.range(0, 5).mapToDouble(i -> splitB.normal(0, 1)).toArray());
    assertThat(new Draw(1).uniform()).isNotEqualTo(new Draw(2).uniform());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.3, 5.2, 38, 250})
  void poissonHasItsMean(double mean) {
    Draw draw = new Draw(7);
    double average = IntStream.range(0, 20_000).map(i -> draw.poisson(mean)).average().orElseThrow();

    assertThat(average).isCloseTo(mean, within(0.03 * mean + 0.02));
  }

  @Test
  void binomialStaysWithinItsTrialsAndHitsItsMean() {
    Draw draw = new Draw(7);
    int[] small = IntStream.range(0, 10_000).map(i -> draw.binomial(20, 0.9)).toArray();
    int[] large = IntStream.range(0, 10_000).map(i -> draw.binomial(400, 0.85)).toArray();

    assertThat(IntStream.of(small).min().orElseThrow()).isGreaterThanOrEqualTo(8);
    assertThat(IntStream.of(small).max().orElseThrow()).isEqualTo(20);
    assertThat(IntStream.of(large).max().orElseThrow()).isLessThanOrEqualTo(400);
    assertThat(IntStream.of(large).average().orElseThrow()).isCloseTo(340, within(1.0));
  }

  @Test
  void normalAndFactorHaveTheirMoments() {
    Draw draw = new Draw(3);
    double[] normal = IntStream.range(0, 40_000).mapToDouble(i -> draw.normal(2, 3)).toArray();
    double mean = java.util.Arrays.stream(normal).average().orElseThrow();
    double sd = Math.sqrt(java.util.Arrays.stream(normal).map(v -> (v - mean) * (v - mean)).average().orElseThrow());
    double factor = IntStream.range(0, 40_000).mapToDouble(i -> draw.factor(0.3)).average().orElseThrow();

    assertThat(mean).isCloseTo(2, within(0.05));
    assertThat(sd).isCloseTo(3, within(0.05));
    assertThat(factor).isCloseTo(1, within(0.01));
  }
}
