package dev.scorecard.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When the links stage has work: only a changed day of a month that had ended counts. */
class StrategyLinksStageTest {

  @Test
  void aDayCountsOnceItsMonthHasEndedByTheAsOfDate() {
    // kpi_values.is_complete is period_end < as_of: October is complete as of November 1st, not as of October 31st
    assertThat(StrategyLinksStage.completeBy(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1))).isTrue();
    assertThat(StrategyLinksStage.completeBy(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1))).isTrue();
    assertThat(StrategyLinksStage.completeBy(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 31))).isFalse();
    assertThat(StrategyLinksStage.completeBy(LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 15))).isFalse();
    assertThat(StrategyLinksStage.completeBy(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1))).isTrue();
  }
}
