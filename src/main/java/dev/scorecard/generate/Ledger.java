package dev.scorecard.generate;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Monthly {@link Totals} per location, filled while rows are written. The simulation reads last
 * month's realised values from it (the lags of the causal model) and the target calibration
 * adds months and locations up into periods and hierarchy nodes. Rows an export that stopped
 * did not deliver are still counted (see {@link LandingWriter}): they happened in the store.
 */
final class Ledger {
  private final Map<String, Map<YearMonth, Totals>> byLocation = new HashMap<>();

  /** The running totals of one location-month; created empty on first use. */
  Totals at(String location, YearMonth month) {
    return byLocation.computeIfAbsent(location, l -> new HashMap<>()).computeIfAbsent(month, m -> new Totals());
  }

  /** The totals of some locations over some months, as the engine rolls them up. */
  Totals over(List<String> locations, List<YearMonth> months) {
    Totals total = new Totals();
    for (String location : locations) {
      for (YearMonth month : months) {
        total.include(at(location, month));
      }
    }
    return total;
  }
}
