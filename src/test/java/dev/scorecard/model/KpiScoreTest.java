package dev.scorecard.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scorecard.config.Direction;
import dev.scorecard.config.ScoringMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The KPI scoring formulas and statuses on hand-computed cases. */
class KpiScoreTest {
  @ParameterizedTest(name = "{0}: value {1}, target {2}, baseline {3} -> {6}")
  @CsvSource(nullValues = "null", textBlock = """
      # case,                          value, target, baseline, method, direction,        score
      halfway up,                       150,   200,    100,      LINEAR, HIGHER_IS_BETTER, 50
      at target,                        200,   200,    100,      LINEAR, HIGHER_IS_BETTER, 100
      above target is capped,           260,   200,    100,      LINEAR, HIGHER_IS_BETTER, 100
      below baseline is zero,           50,    200,    100,      LINEAR, HIGHER_IS_BETTER, 0
      lower is better halfway,          60,    50,     70,       LINEAR, LOWER_IS_BETTER,  50
      lower is better beats target,     45,    50,     70,       LINEAR, LOWER_IS_BETTER,  100
      lower is better worse than base,  80,    50,     70,       LINEAR, LOWER_IS_BETTER,  0
      linear without baseline is ratio, 3,     4,      null,     LINEAR, HIGHER_IS_BETTER, 75
      ratio higher,                     90,    120,    100,      RATIO,  HIGHER_IS_BETTER, 75
      ratio lower,                      62.5,  50,     null,     RATIO,  LOWER_IS_BETTER,  80
      ratio lower at zero,              0,     50,     null,     RATIO,  LOWER_IS_BETTER,  100
      ratio with zero target,           5,     0,      null,     RATIO,  HIGHER_IS_BETTER, null
      no value,                         null,  200,    100,      LINEAR, HIGHER_IS_BETTER, null
      no target,                        150,   null,   100,      LINEAR, HIGHER_IS_BETTER, null
      """)
  void score(String name, Double value, Double target, Double baseline, ScoringMethod method, Direction direction,
      Double expected) {
    Double score = KpiScore.score(value, target, baseline, method, direction);
    if (expected == null) {
      assertThat(score).isNull();
    } else {
      assertThat(score).isCloseTo(expected, within(1e-9));
    }
  }

  @ParameterizedTest(name = "value {0}, target {1}, score {2} -> {3}")
  @CsvSource(nullValues = "null", textBlock = """
      null, 100,  null, no_data
      null, null, null, no_data
      5,    null, null, no_target
      5,    100,  95,   green
      5,    100,  90,   green
      5,    100,  70,   amber
      5,    100,  69.9, red
      """)
  void status(Double value, Double target, Double score, String expected) {
    assertThat(Status.ofKpi(value, target, score, Thresholds.DEFAULT).id()).isEqualTo(expected);
  }

  @Test
  void statusesAreOrderedFromBestToWorstAndUnscoredOnesCompareWithNothing() {
    assertThat(Status.RED.worseThan(Status.AMBER)).isTrue();
    assertThat(Status.AMBER.worseThan(Status.GREEN)).isTrue();
    assertThat(Status.GREEN.worseThan(Status.RED)).isFalse();
    assertThat(Status.RED.worseThan(Status.RED)).isFalse();
    assertThat(Status.NO_DATA.worseThan(Status.GREEN)).isFalse();
    assertThat(Status.RED.worseThan(Status.NO_TARGET)).isFalse();
    assertThat(Status.ofRollup(null)).isEqualTo(Status.NO_DATA);
    assertThat(Status.ofRollup(89.99)).isEqualTo(Status.AMBER);
    assertThat(Status.of(75, new Thresholds(80, 75))).isEqualTo(Status.AMBER);
    assertThat(Status.parse("no_target")).isEqualTo(Status.NO_TARGET);
  }
}
