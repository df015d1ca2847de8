package dev.scorecard.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

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
 *
 * <p>A ratio KPI (a margin, a conversion rate) is completed from its parts: numerator and
 * denominator to date, each plus {@code r} times its own forecast for the period
 * ({@link #ratioWholePeriod}).
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

  /**
   * The whole-period mean and sd of a ratio KPI {@code scale * N / D} whose numerator and
   * denominator are in up to {@code through}: {@code scale * (N_toDate + r N_hat) / (D_toDate + r D_hat)},
   * with {@code N_hat} and {@code D_hat} the forecasts of the whole period's numerator and
   * denominator. The ratio is then a mix of the known ratio to date, with weight
   * {@code w = D_toDate / (D_toDate + r D_hat)}, and the ratio of the rest; the rest, a share r of the
   * period, varies {@code 1/sqrt(r)} times as much as a whole period's ratio ({@code ratioSd}), so the
   * sd is {@code (1 - w) ratioSd / sqrt(r)}: the model's sd with nothing in, 0 when the period is over.
   * Empty when the completed denominator is not positive (no ratio to speak of).
   */
  public static Optional<double[]> ratioWholePeriod(double numeratorToDate, double denominatorToDate,
      double numeratorMean, double denominatorMean, double ratioSd, double scale, LocalDate start, LocalDate end,
      LocalDate through) {
    double rest = remainingShare(start, end, through);
    double denominator = denominatorToDate + rest * denominatorMean;
    if (!(denominator > 0)) {
      return Optional.empty();
    }
    double mean = scale * (numeratorToDate + rest * numeratorMean) / denominator;
    double sd = rest == 0 ? 0 : (rest * denominatorMean / denominator) * ratioSd / Math.sqrt(rest);
    return Optional.of(new double[] {mean, sd});
  }

  /** The share of the period's days after {@code through}: 1 before the period, 0 at or after its end. */
  static double remainingShare(LocalDate start, LocalDate end, LocalDate through) {
    double days = ChronoUnit.DAYS.between(start, end) + 1;
    LocalDate lastIn = through.isBefore(start) ? start.minusDays(1) : through.isAfter(end) ? end : through;
    return ChronoUnit.DAYS.between(lastIn, end) / days;
  }
}
