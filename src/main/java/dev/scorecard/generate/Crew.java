package dev.scorecard.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff of one site: a planned headcount, less the posts left open for a few weeks after
 * someone leaves. It draws a day of the workforce export.
 */
final class Crew {
  private final int planned;
  private final Draw draw;
  private final List<LocalDate> vacanciesUntil = new ArrayList<>();

  Crew(int planned, Draw draw) {
    this.planned = planned;
    this.draw = draw;
  }

  /** One day of work given the yearly turnover rate and the training share (percent of hours). */
  Shift day(LocalDate date, double turnover, double trainingPct, double hoursPerHead) {
    vacanciesUntil.removeIf(until -> until.isBefore(date));
    int headcount = Math.max(2, planned - vacanciesUntil.size());
    int leavers = draw.poisson(headcount * turnover / 365);
    for (int i = 0; i < leavers; i++) {
      vacanciesUntil.add(date.plusDays(7 + draw.index(22)));
    }
    double hours = Decimals.step(headcount * hoursPerHead * draw.factor(0.03), 0.25);
    // Training comes in sessions on some days, not as a steady trickle.
    double training = draw.chance(0.4)
        ? Decimals.step(hours * trainingPct / 100 / 0.4 * draw.uniform(0.5, 1.5), 0.5) : 0;
    return new Shift(headcount, hours, training, leavers);
  }

  /** One workforce row and what it adds to the month's totals. */
  record Shift(int headcount, double hours, double training, int leavers) {
    /** The row's values after the {@code leading} ones (date, and location where there is one). */
    Object[] row(Object... leading) {
      Object[] row = java.util.Arrays.copyOf(leading, leading.length + 4);
      row[leading.length] = headcount;
      row[leading.length + 1] = Decimals.of(hours, 2);
      row[leading.length + 2] = Decimals.of(training, 1);
      row[leading.length + 3] = leavers;
      return row;
    }

    void addTo(Totals totals) {
      totals.add("headcount_days", headcount);
      totals.add("hours_worked", hours);
      totals.add("training_hours", training);
      totals.add("leavers", leavers);
      totals.add("work_days", 1);
    }
  }
}
