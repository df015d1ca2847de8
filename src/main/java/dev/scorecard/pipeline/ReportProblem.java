package dev.scorecard.pipeline;

/**
 * Why a report cannot be made, said for the person who asked: what is wrong and how to fix it
 * (no scores yet: run {@code scorecard run}; a month without scores: the months there are).
 */
public final class ReportProblem extends RuntimeException {
  public ReportProblem(String message) {
    super(message);
  }

  static ReportProblem noScores(String tenant, String warehouse) {
    return new ReportProblem(String.format("No monthly scores for tenant %s in the warehouse %s: run `scorecard run "
        + "--tenant %s` (with the same --warehouse) first.", tenant, warehouse, tenant));
  }

  static ReportProblem unknownPeriod(String tenant, Object period, Object first, Object last) {
    return new ReportProblem(String.format("No scores of tenant %s for the month starting %s: --period takes the first day "
        + "of a scored month (YYYY-MM-01), from %s to %s.", tenant, period, first, last));
  }
}
