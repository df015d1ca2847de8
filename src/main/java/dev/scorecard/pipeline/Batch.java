package dev.scorecard.pipeline;

import dev.scorecard.config.TenantConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenants a run still processes, together: every stage handles all of them in one Spark plan.
 * A tenant whose config or input is rejected, or whose stage failed, leaves the batch with its
 * outcome, and the stages after it go on with the others.
 */
public final class Batch {
  private final Map<String, TenantConfig> tenants = new LinkedHashMap<>();
  private final Map<String, TenantOutcome> left = new LinkedHashMap<>();

  Batch(List<TenantConfig> tenants) {
    tenants.forEach(t -> this.tenants.put(t.tenantId(), t));
  }

  /** The tenants still in, in config order. */
  public List<TenantConfig> tenants() {
    return new ArrayList<>(tenants.values());
  }

  public List<String> ids() {
    return new ArrayList<>(tenants.keySet());
  }

  public boolean isEmpty() {
    return tenants.isEmpty();
  }

  public int size() {
    return tenants.size();
  }

  /** Takes a tenant out of the batch: the stages after this one leave it alone. */
  public void reject(String tenantId, Outcome outcome, List<String> reasons) {
    tenants.remove(tenantId);
    left.putIfAbsent(tenantId, new TenantOutcome(tenantId, outcome, List.copyOf(reasons)));
  }

  /** A batch of this one tenant, for running a stage again alone. */
  Batch only(String tenantId) {
    return new Batch(List.of(tenants.get(tenantId)));
  }

  /** Every tenant's outcome: those still in succeeded. */
  Map<String, TenantOutcome> outcomes() {
    Map<String, TenantOutcome> all = new LinkedHashMap<>(left);
    tenants.keySet().forEach(id -> all.put(id, TenantOutcome.ok(id)));
    return all;
  }

  Map<String, TenantOutcome> left() {
    return left;
  }
}
