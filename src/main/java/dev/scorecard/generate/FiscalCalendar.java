package dev.scorecard.generate;

import dev.scorecard.config.Grain;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fiscal periods for a tenant whose year starts in {@code startMonth}: the same rule the engine
 * applies, used here to calibrate quarter and year targets on whole periods only.
 */
record FiscalCalendar(int startMonth) {

  FiscalCalendar {
    if (startMonth < 1 || startMonth > 12) {
      throw new IllegalArgumentException("Invalid fiscal year start month: " + startMonth);
    }
  }

  /** The first month of the period of {@code grain} that holds {@code month}. */
  YearMonth periodStart(Grain grain, YearMonth month) {
    return month.minusMonths(Math.floorMod(month.getMonthValue() - startMonth, 12) % Grains.months(grain));
  }

  /** The periods of {@code grain} touched by the span, each with its months, in order. */
  List<Period> periods(Grain grain, Span span) {
    Map<YearMonth, List<YearMonth>> byStart = new LinkedHashMap<>();
    for (YearMonth month : span.months()) {
      byStart.computeIfAbsent(periodStart(grain, month), s -> new ArrayList<>()).add(month);
    }
    List<Period> periods = new ArrayList<>();
    byStart.forEach((start, months) -> periods.add(new Period(start, months,
        months.size() == Grains.months(grain) && months.stream().allMatch(span::covers))));
    return periods;
  }

  /** One period: its first month, the months of it in the span, and whether it is whole. */
  record Period(YearMonth start, List<YearMonth> months, boolean complete) {}
}
