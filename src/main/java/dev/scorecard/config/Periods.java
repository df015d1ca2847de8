package dev.scorecard.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic of periods. A period is named by its grain and first day; quarters and
 * years start on the tenant's fiscal year start month; weeks are ISO weeks (Monday first).
 */
public final class Periods {
  private Periods() {}

  /** The first day of the period of {@code grain} that holds {@code date}. */
  public static LocalDate start(LocalDate date, Grain grain, int fiscalYearStartMonth) {
    return switch (grain) {
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> fiscalStart(date, 3, fiscalYearStartMonth);
      case YEAR -> fiscalStart(date, 12, fiscalYearStartMonth);
    };
  }

  private static LocalDate fiscalStart(LocalDate date, int months, int fiscalYearStartMonth) {
    LocalDate shifted = date.withDayOfMonth(1).minusMonths(fiscalYearStartMonth - 1L);
    int monthIndex = shifted.getMonthValue() - 1;
    return shifted.minusMonths(monthIndex % months).plusMonths(fiscalYearStartMonth - 1L);
  }

  /** The first day of the period {@code n} periods after the one starting at {@code start}. */
  public static LocalDate shift(LocalDate start, Grain grain, int n) {
    return switch (grain) {
      case WEEK -> start.plusWeeks(n);
      case MONTH -> start.plusMonths(n);
      case QUARTER -> start.plusMonths(3L * n);
      case YEAR -> start.plusYears(n);
    };
  }

  /** The last day (inclusive) of the period starting at {@code start}. */
  public static LocalDate end(LocalDate start, Grain grain) {
    return shift(start, grain, 1).minusDays(1);
  }

  /** The same period one year earlier: 52 weeks back for weeks, 12 months for the others. */
  public static LocalDate yearAgo(LocalDate start, Grain grain) {
    return grain == Grain.WEEK ? start.minusWeeks(52) : start.minusYears(1);
  }
}
