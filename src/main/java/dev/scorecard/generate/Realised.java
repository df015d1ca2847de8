package dev.scorecard.generate;

/**
 * What a store's rows showed last month, read back from the {@link Ledger}: the causal model
 * reacts to realised values, not hidden ones, so the lagged effects are there in the data.
 *
 * @param trainingPct training hours per hour worked, in percent
 * @param leaversPerHead leavers divided by the average headcount
 * @param onTime orders on time per order served, 0-1
 */
record Realised(double trainingPct, double leaversPerHead, double onTime) {

  /** Last month's values, or the drivers' own when there was no last month. */
  static Realised of(Totals last, Drivers drivers) {
    if (last == null || last.value("hours_worked") == 0 || last.value("served") == 0) {
      return new Realised(drivers.training(), drivers.turnover() / 12, drivers.onTime());
    }
    double averageHeadcount = last.value("headcount_days") / last.value("work_days");
    return new Realised(100 * last.value("training_hours") / last.value("hours_worked"),
        last.value("leavers") / averageHeadcount,
        last.value("on_time") / last.value("served"));
  }
}
