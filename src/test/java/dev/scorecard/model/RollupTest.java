package dev.scorecard.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RollupTest {
  @Test
  void theWeightedMeanLeavesOutChildrenWithoutAScore() {
    // (80 * 2 + 50 * 1) / (2 + 1) = 70; the child without a score and its weight 5 drop out.
    Rollup.Result r = Rollup.weightedMean(List.of(new Rollup.Child(80.0, 2), new Rollup.Child(50.0, 1),
        new Rollup.Child(null, 5)));
    assertThat(r.score()).isCloseTo(70.0, within(1e-12));
    assertThat(r.scored()).isEqualTo(2);
    assertThat(r.children()).isEqualTo(3);
  }

  @Test
  void noScoredChildMeansNoScore() {
    Rollup.Result r = Rollup.weightedMean(List.of(new Rollup.Child(null, 1), new Rollup.Child(null, 2)));
    assertThat(r.score()).isNull();
    assertThat(r.scored()).isZero();
    assertThat(Rollup.weightedMean(List.of()).score()).isNull();
  }
}
