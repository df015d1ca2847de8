package dev.scorecard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeriodSetTest {
  private static final LocalDate MAY_10 = LocalDate.parse("2024-05-10");

  /*
   * 2024-05-10 with a fiscal year from April: month May 2024, then June (its "previous" growth
   * looks back at May) and May 2025 (its year-ago growth does); fiscal Q1 = April 2024, then July
   * 2024 and April 2025; fiscal year April 2024, then April 2025 (next and year after coincide).
   */
  @Test
  void aDayTouchesItsPeriodTheNextAndTheOneAYearLater() {
    PeriodSet set = PeriodSet.touchedBy(List.of(MAY_10), EnumSet.of(Grain.MONTH, Grain.QUARTER, Grain.YEAR), 4);
    assertThat(set.starts(Grain.MONTH)).containsExactly(date("2024-05-01"), date("2024-06-01"), date("2025-05-01"));
    assertThat(set.starts(Grain.QUARTER)).containsExactly(date("2024-04-01"), date("2024-07-01"), date("2025-04-01"));
    assertThat(set.starts(Grain.YEAR)).containsExactly(date("2024-04-01"), date("2025-04-01"));
    assertThat(set.starts(Grain.WEEK)).isEmpty();
  }

  @Test
  void predicateSelectsExactlyThePeriods() {
    PeriodSet set = PeriodSet.touchedBy(List.of(MAY_10), Set.of(Grain.YEAR), 4);
    assertThat(set.predicate()).isEqualTo(
        "(period_grain = 'year' AND period_start IN (DATE'2024-04-01', DATE'2025-04-01'))");
    assertThat(PeriodSet.touchedBy(List.of(), Set.of(Grain.YEAR), 4).predicate()).isEqualTo("FALSE");
  }

  /* Months May 2024, June 2024 and May 2025: the first two touch, so two ranges. */
  @Test
  void readRangesCoverEachPeriod() {
    List<LocalDate[]> ranges = PeriodSet.touchedBy(List.of(MAY_10), Set.of(Grain.MONTH), 1).readRanges();
    assertThat(ranges.stream().map(r -> r[0] + ".." + r[1])).containsExactly(
        "2024-05-01..2024-06-30", "2025-05-01..2025-05-31");
  }

  /*
   * May 2024, June 2024, May 2025 compare with April 2024 and May 2023, May 2024 (recomputed
   * itself, so no reference) and June 2023, April 2025 and May 2024 (recomputed): April 2024, May
   * 2023, June 2023 and April 2025 remain.
   */
  @Test
  void referencesAreThePeriodsComparedWithThatAreNotRecomputed() {
    PeriodSet refs = PeriodSet.touchedBy(List.of(MAY_10), Set.of(Grain.MONTH), 1).references();
    assertThat(refs.starts(Grain.MONTH)).containsExactly(date("2023-05-01"), date("2023-06-01"), date("2024-04-01"),
        date("2025-04-01"));
  }

  @Test
  void withPreviousAddsThePeriodBeforeEach() {
    PeriodSet set = PeriodSet.touchedBy(List.of(MAY_10), Set.of(Grain.YEAR), 4).withPrevious();
    assertThat(set.starts(Grain.YEAR)).containsExactly(date("2023-04-01"), date("2024-04-01"), date("2025-04-01"));
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
