package dev.scorecard.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The whole-period forecast of an additive KPI (revenue, orders) for a period still open at the
 * as-of date: what is already in, plus the forecast of the rest.
 *
 * <p>The data are in up to a day, {@code through}: the latest day of the KPI's source, and never
 * after the as-of date (KPIs ignore rows after it). The series' model forecasts the whole period as
 * {@code mean} with spread {@code sd}. The days after {@code through} are a share {@code r} of the
 * period's days; the rest is forecast as {@code r * mean}, with spread {@code sqrt(r) * sd}: the
 * period's forecast variance spread evenly over its days. (Taking {@code r * sd} would assume
 * every day's error is the same, a narrower interval than the data usually warrant.)
 */
public final class OpenPeriod {
  private OpenPeriod() {}

  /** The whole-period mean and sd, from the actual of the period's days up to {@code through}. */
  public static double[] wholePeriod(double actualToDate, double mean, double sd, LocalDate start, LocalDate end,
      LocalDate through) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(String.format("Cannot complete period %s..%s: it ends before it starts",
          start, end));
    }
    double rest = remainingShare(start, end, through);
    return new double[] {actualToDate + rest * mean, Math.sqrt(rest) * sd};
  }

  /** The share of the period's days after {@code through}: 1 before the period, 0 at or after its end. */
  static double remainingShare(LocalDate start, LocalDate end, LocalDate through) {
    double days = ChronoUnit.DAYS.between(start, end) + 1;
    LocalDate lastIn = through.isBefore(start) ? start.minusDays(1) : through.isAfter(end) ? end : through;
    return ChronoUnit.DAYS.between(lastIn, end) / days;
  }
}
