package dev.scorecard.cli;

import java.time.Duration;

/** What one stage did for one tenant: how long it took and what it counted, for logs and the summary. */
public record StageResult(String stage, String tenantId, Duration took, String counts) {
  @Override
  public String toString() {
    return String.format("%-6s %-16s %6.1f s  %s", stage, tenantId, took.toMillis() / 1000.0, counts);
  }
}
