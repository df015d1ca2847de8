package dev.scorecard.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated days: {@code days} consecutive days from {@code start}. Landing files are cut
 * by calendar month, so the span also answers which months it touches and which it covers.
 */
record Span(LocalDate start, int days) {

  Span {
    if (days < 1) {
      throw new IllegalArgumentException("Cannot simulate " + days + " days: need at least 1");
    }
  }

  LocalDate end() {
    return start.plusDays(days - 1L);
  }

  List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end())); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The days of {@code month} that lie in the span, in order. */
  List<LocalDate> days(YearMonth month) {
    LocalDate first = start.isAfter(month.atDay(1)) ? start : month.atDay(1);
    LocalDate last = end().isBefore(month.atEndOfMonth()) ? end() : month.atEndOfMonth();
    return first.datesUntil(last.plusDays(1)).toList();
  }

  boolean covers(YearMonth month) {
    return !start.isAfter(month.atDay(1)) && !end().isBefore(month.atEndOfMonth());
  }

  /** Whole years since the start, as a fraction: drives trends. */
  double yearsSinceStart(LocalDate date) {
    return (date.toEpochDay() - start.toEpochDay()) / 365.25;
  }
}
