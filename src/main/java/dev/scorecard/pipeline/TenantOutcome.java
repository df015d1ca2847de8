package dev.scorecard.pipeline;

import java.util.List;

/** How the run ended for one tenant, and why when it did not succeed (one line each). */
public record TenantOutcome(String tenantId, Outcome outcome, List<String> reasons) {
  static TenantOutcome ok(String tenantId) {
    return new TenantOutcome(tenantId, Outcome.OK, List.of());
  }
}
