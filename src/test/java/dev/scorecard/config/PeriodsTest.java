package dev.scorecard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Period arithmetic; every expected date is worked out by hand from a calendar. */
class PeriodsTest {

  @ParameterizedTest(name = "start({0}, {1}, fy {2}) = {3}")
  @CsvSource({
      // months ignore the fiscal year; leap and non-leap February
      "2024-02-29, MONTH,    1, 2024-02-01",
      "2025-12-31, MONTH,   10, 2025-12-01",
      "2025-03-01, MONTH,    4, 2025-03-01",
      // ISO weeks start on Monday: 2025-01-01 is a Wednesday, 2025-01-05 a Sunday
      "2025-01-01, WEEK,     1, 2024-12-30",
      "2025-01-05, WEEK,     4, 2024-12-30",
      "2024-12-30, WEEK,     1, 2024-12-30",
      "2025-01-06, WEEK,     1, 2025-01-06",
      "2024-03-03, WEEK,     1, 2024-02-26",
      // calendar quarters: Jan, Apr, Jul, Oct
      "2025-01-01, QUARTER,  1, 2025-01-01",
      "2025-05-15, QUARTER,  1, 2025-04-01",
      "2025-12-31, QUARTER,  1, 2025-10-01",
      // fiscal year from April: quarters Apr, Jul, Oct, Jan
      "2025-02-14, QUARTER,  4, 2025-01-01",
      "2025-03-31, QUARTER,  4, 2025-01-01",
      "2025-04-01, QUARTER,  4, 2025-04-01",
      "2025-06-30, QUARTER,  4, 2025-04-01",
      // fiscal year from October: quarters Oct, Jan, Apr, Jul
      "2025-09-30, QUARTER, 10, 2025-07-01",
      "2025-11-15, QUARTER, 10, 2025-10-01",
      // fiscal year from November: quarters Nov, Feb, May, Aug (a quarter spans the year end)
      "2025-01-15, QUARTER, 11, 2024-11-01",
      "2025-02-01, QUARTER, 11, 2025-02-01",
      "2024-12-31, QUARTER, 11, 2024-11-01",
      // fiscal year from February: quarters Feb, May, Aug, Nov
      "2025-01-31, QUARTER,  2, 2024-11-01",
      "2025-04-30, QUARTER,  2, 2025-02-01",
      // years
      "2025-07-04, YEAR,     1, 2025-01-01",
      "2025-12-31, YEAR,     1, 2025-01-01",
      "2025-03-31, YEAR,     4, 2024-04-01",
      "2025-04-01, YEAR,     4, 2025-04-01",
      "2025-01-01, YEAR,     4, 2024-04-01",
      "2025-09-30, YEAR,    10, 2024-10-01",
      "2025-10-01, YEAR,    10, 2025-10-01",
      "2025-01-15, YEAR,    10, 2024-10-01",
      "2024-12-31, YEAR,    12, 2024-12-01",
      "2024-11-30, YEAR,    12, 2023-12-01",
  })
  void start(LocalDate date, Grain grain, int fiscalStart, LocalDate expected) {
    assertThat(Periods.start(date, grain, fiscalStart)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "end({0}, {1}) = {2}")
  @CsvSource({
      "2024-02-01, MONTH,   2024-02-29",
      "2025-02-01, MONTH,   2025-02-28",
      "2000-02-01, MONTH,   2000-02-29",
      "2100-02-01, MONTH,   2100-02-28",
      "2025-04-01, MONTH,   2025-04-30",
      "2024-12-30, WEEK,    2025-01-05",
      "2024-02-26, WEEK,    2024-03-03",
      "2025-01-01, QUARTER, 2025-03-31",
      "2023-12-01, QUARTER, 2024-02-29",
      "2024-11-01, QUARTER, 2025-01-31",
      "2025-01-01, YEAR,    2025-12-31",
      "2024-04-01, YEAR,    2025-03-31",
      "2023-03-01, YEAR,    2024-02-29",
      "2024-10-01, YEAR,    2025-09-30",
  })
  void end(LocalDate start, Grain grain, LocalDate expected) {
    assertThat(Periods.end(start, grain)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "shift({0}, {1}, {2}) = {3}")
  @CsvSource({
      "2024-12-01, MONTH,    1, 2025-01-01",
      "2025-01-01, MONTH,   -1, 2024-12-01",
      "2025-03-01, MONTH,   13, 2026-04-01",
      "2025-03-01, MONTH,    0, 2025-03-01",
      "2024-12-30, WEEK,     1, 2025-01-06",
      "2024-12-30, WEEK,    -1, 2024-12-23",
      "2024-12-23, WEEK,     2, 2025-01-06",
      "2024-02-26, WEEK,     1, 2024-03-04",
      "2024-10-01, QUARTER,  1, 2025-01-01",
      "2025-01-01, QUARTER, -1, 2024-10-01",
      "2024-11-01, QUARTER,  1, 2025-02-01",
      "2025-04-01, QUARTER,  4, 2026-04-01",
      "2025-02-01, QUARTER, -2, 2024-08-01",
      "2024-04-01, YEAR,     1, 2025-04-01",
      "2024-04-01, YEAR,    -2, 2022-04-01",
      "2024-10-01, YEAR,     1, 2025-10-01",
  })
  void shift(LocalDate start, Grain grain, int n, LocalDate expected) {
    assertThat(Periods.shift(start, grain, n)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "yearAgo({0}, {1}) = {2}")
  @CsvSource({
      // 52 weeks = 364 days back, which stays on a Monday
      "2025-01-06, WEEK,    2024-01-08",
      "2024-12-30, WEEK,    2024-01-01",
      "2025-03-03, WEEK,    2024-03-04",
      "2025-03-01, MONTH,   2024-03-01",
      "2024-02-01, MONTH,   2023-02-01",
      "2025-01-01, QUARTER, 2024-01-01",
      "2024-11-01, QUARTER, 2023-11-01",
      "2025-04-01, YEAR,    2024-04-01",
  })
  void yearAgo(LocalDate start, Grain grain, LocalDate expected) {
    assertThat(Periods.yearAgo(start, grain)).isEqualTo(expected);
  }

  /** Every day of two years lies in exactly the period its start names, for every grain and fiscal start. */
  @Test
  void everyDayLiesInsideItsPeriod() {
    for (int fiscalStart = 1; fiscalStart <= 12; fiscalStart++) {
      for (Grain grain : Grain.values()) {
        for (LocalDate day = LocalDate.parse("2023-12-01"); day.isBefore(LocalDate.parse("2026-01-01")); day = day.plusDays(1)) {
          LocalDate start = Periods.start(day, grain, fiscalStart);
          assertThat(start).isBeforeOrEqualTo(day);
          assertThat(Periods.end(start, grain)).isAfterOrEqualTo(day);
          assertThat(Periods.start(start, grain, fiscalStart)).isEqualTo(start);
          if (grain == Grain.WEEK) {
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
          } else if (grain != Grain.MONTH) {
            assertThat((start.getMonthValue() - fiscalStart + 12) % 3).isZero();
            assertThat(start.getDayOfMonth()).isEqualTo(1);
          }
          if (grain == Grain.YEAR) {
            assertThat(start.getMonthValue()).isEqualTo(fiscalStart);
          }
        }
      }
    }
  }
}
