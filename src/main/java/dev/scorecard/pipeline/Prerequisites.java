package dev.scorecard.pipeline;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.CuratedTables;
import java.util.List;

/** A stage run on its own needs what the stage before it published: without it, it says which to run. */
final class Prerequisites {
  private Prerequisites() {}

  /** Fails every tenant of the batch for which {@code stage} has not yet published {@code table}. */
  static void require(RunContext ctx, Batch batch, CuratedTables table, String stage) {
    boolean exists = ctx.warehouse().exists(table);
    for (TenantConfig t : batch.tenants()) {
      if (!exists || ctx.state().mark(t.tenantId(), stage).isEmpty()) {
        batch.reject(t.tenantId(), Outcome.FAILED, List.of("no " + table.tableName() + " for tenant " + t.tenantId()
            + " at " + ctx.warehouse().curatedPath(table) + ": run the " + stage + " stage first (scorecard " + stage + ")"));
      }
    }
  }
}
