package dev.scorecard.alert;

import java.time.LocalDate;
import java.util.List;

/** Conditions for tests: the tiny tenant's revenue KPI at a node, red in March 2025, since a given month. */
final class AlertFixtures {
  private AlertFixtures() {}

  static Condition red(String level, String node, String since, Severity severity) {
    return new Condition("tiny", AlertKind.STATUS, "kpi", "revenue", level, node, "month", LocalDate.parse("2025-03-01"),
        LocalDate.parse(since), 80.0, 200.0, 30.0, "red", "red", severity, List.of(), null);
  }

  static Condition stale(String source) {
    return new Condition("tiny", AlertKind.STALE_SOURCE, "source", source, "org", "tiny", null, null,
        LocalDate.parse("2025-03-20"), 11.0, 3.0, null, null, null, Severity.WARNING, List.of(), null);
  }
}
