package dev.scorecard.pipeline;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The month a report shows: the one asked for, which must have scores, or by default the latest
 * complete month (the latest provisional one when no month is complete yet).
 */
final class ReportPeriod {
  private ReportPeriod() {}

  /**
   * @param months the org's scored months, each with whether it is provisional
   */
  static LocalDate choose(String tenant, String warehouse, TreeMap<LocalDate, Boolean> months, LocalDate asked) {
    if (months.isEmpty()) {
      throw ReportProblem.noScores(tenant, warehouse);
    }
    if (asked != null) {
      if (!months.containsKey(asked)) {
        throw ReportProblem.unknownPeriod(tenant, asked, months.firstKey(), months.lastKey());
      }
      return asked;
    }
    return months.descendingMap().entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).findFirst()
        .orElse(months.lastKey());
  }
}
