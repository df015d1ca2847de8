package dev.scorecard.publish;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What the incremental stages still owe, kept in the warehouse ({@code <warehouse>/state/tenant_stages},
 * one small Delta table partitioned by tenant) so that a killed or failed run leaves it to the next
 * one. Read once at the start of a run for all its tenants. A commit replaces the folders of the
 * tenants it touches and reads no other row.
 *
 * <p>Days owed are committed as they are added, before the silver rows they stand for, so that no
 * change can be published without a stage owing its periods. What a stage settles is kept here and
 * committed by {@link #save()}, once at the end of the run for every stage: a run killed before
 * that leaves the days owed, and the next run recomputes them (every write replaces what it owns,
 * so doing a stage's work twice gives the same tables); it loses nothing.
 *
 * <ul>
 *   <li>pending days, per tenant and stage: the days whose periods changed since the stage last
 *       ran. Ingest adds the days of new, corrected and superseded rows before it writes silver; a
 *       stage clears its days once it published. "Everything" (after a full ingest) is a row
 *       without a day.
 *   <li>marks, per tenant and stage: the as-of date and config fingerprint of the stage's last
 *       successful run. No mark, or another fingerprint, means the stage redoes the tenant whole.
 * </ul>
 */
public final class RunState {
  private static final String TABLE = "tenant_stages";
  /**
   * Where versions up to 0001ce4 kept the state: one unpartitioned table, of which every change
   * found and rewrote the files holding the tenants' rows (two Spark jobs more, 1-2 s a commit).
   */
  private static final String UNPARTITIONED = "stages";
  private static final StructType SCHEMA = new StructType().add("tenant_id", DataTypes.StringType, false)
      .add("stage", DataTypes.StringType, false).add("kind", DataTypes.StringType, false)
      .add("day", DataTypes.DateType).add("as_of", DataTypes.DateType).add("fingerprint", DataTypes.StringType)
      .add("run_id", DataTypes.StringType);

  /** A stage's last successful run for a tenant. */
  public record Mark(LocalDate asOf, String fingerprint, String runId) {}

  /** A tenant's state: per stage, its pending days (a null day is everything) and its mark. */
  private record Tenant(Map<String, Set<LocalDate>> pending, Map<String, Mark> marks) {
    Tenant copy() {
      Map<String, Set<LocalDate>> p = new HashMap<>();
      pending.forEach((stage, days) -> p.put(stage, new HashSet<>(days)));
      return new Tenant(p, new HashMap<>(marks));
    }
  }

  private final Warehouse warehouse;
  private final Map<String, Tenant> tenants = new HashMap<>();
  /** Tenants whose settled state is not committed yet. */
  private final Set<String> unsaved = new HashSet<>();

  private RunState(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /** The state of these tenants, read in one query. */
  public static RunState read(Warehouse warehouse, Collection<String> tenantIds) {
    RunState state = new RunState(warehouse);
    tenantIds.forEach(id -> state.tenants.put(id, new Tenant(new HashMap<>(), new HashMap<>())));
    String path = warehouse.statePath(TABLE);
    if (!tenantIds.isEmpty() && (warehouse.exists(path) || moveUnpartitioned(warehouse, path))) {
      List<Row> rows = warehouse.spark().read().format("delta").load(path)
          .filter(col("tenant_id").isin(tenantIds.toArray())).collectAsList();
      for (Row r : rows) {
        Tenant t = state.tenants.get(r.getString(0));
        String stage = r.getString(1);
        if (r.getString(2).equals("pending")) {
          Date day = r.getDate(3);
          t.pending().computeIfAbsent(stage, s -> new HashSet<>()).add(day == null ? null : day.toLocalDate());
        } else {
          t.marks().put(stage, new Mark(r.getDate(4).toLocalDate(), r.getString(5), r.getString(6)));
        }
      }
    }
    return state;
  }

  /**
   * Moves the state an earlier version kept in {@code state/stages} to the table partitioned by
   * tenant, once, and deletes the old table (so that an older version run after this one finds no
   * state and redoes its tenants whole, rather than trusting marks this one has moved on from).
   * Whether there was any state.
   */
  private static boolean moveUnpartitioned(Warehouse warehouse, String path) {
    String old = warehouse.statePath(UNPARTITIONED);
    if (!warehouse.exists(old)) {
      return false;
    }
    try {
      // The moved rows are the new table's first commit: two runs moving at once cannot both write.
      warehouse.spark().read().format("delta").load(old).write().format("delta").mode("errorifexists")
          .partitionBy("tenant_id").save(path);
      warehouse.countCommit();
    } catch (Exception e) { // Delta's Scala code throws AnalysisException, a checked type, undeclared
      if (!warehouse.exists(path)) {
        throw e instanceof RuntimeException r ? r : new IllegalStateException("Cannot move run state to " + path, e);
      }
      // Another run moved it at this moment.
    }
    warehouse.delete(old);
    return true;
  }

  /**
   * The days whose periods {@code stage} must recompute for a tenant: empty when it owes
   * everything, an empty set when it owes nothing.
   */
  public Optional<Set<LocalDate>> pending(String tenantId, String stage) {
    Set<LocalDate> days = tenant(tenantId).pending().getOrDefault(stage, java.util.Collections.emptySet());
    return days.contains(null) ? Optional.empty() : Optional.of(new TreeSet<>(days));
  }

  public Optional<Mark> mark(String tenantId, String stage) {
    return Optional.ofNullable(tenant(tenantId).marks().get(stage));
  }

  /**
   * Adds days to what {@code stages} owe, per tenant (a null day stands for everything), in one
   * commit. Tenants with no day are left as they are.
   */
  public void addPending(Map<String, ? extends Collection<LocalDate>> daysByTenant, List<String> stages) {
    Map<String, Tenant> changed = new HashMap<>();
    daysByTenant.forEach((id, days) -> {
      if (!days.isEmpty()) {
        Tenant t = tenant(id).copy();
        for (String stage : stages) {
          t.pending().computeIfAbsent(stage, s -> new HashSet<>()).addAll(days);
        }
        changed.put(id, t);
      }
    });
    write(changed);
  }

  /**
   * Records that {@code stage} published everything it owed for these tenants, with the mark
   * each gets; {@link #save()} commits it. Tenants whose state does not change are not saved.
   */
  public void settle(String stage, Map<String, Mark> marks) {
    settle(Map.of(stage, marks));
  }

  /** {@link #settle(String, Map)} for several stages at once. */
  public void settle(Map<String, Map<String, Mark>> marksByStage) {
    Map<String, Tenant> changed = new HashMap<>();
    marksByStage.forEach((stage, marks) -> marks.forEach((id, mark) -> {
      Tenant now = changed.getOrDefault(id, tenant(id));
      boolean owed = !now.pending().getOrDefault(stage, java.util.Collections.emptySet()).isEmpty();
      if (owed || !mark.equals(now.marks().get(stage))) {
        Tenant t = now.copy();
        t.pending().remove(stage);
        t.marks().put(stage, mark);
        changed.put(id, t);
      }
    }));
    tenants.putAll(changed);
    unsaved.addAll(changed.keySet());
  }

  /** Commits what was settled since the last commit, in one commit; nothing when nothing was. */
  public void save() {
    Map<String, Tenant> changed = new HashMap<>();
    unsaved.forEach(id -> changed.put(id, tenants.get(id)));
    write(changed);
  }

  private Tenant tenant(String id) {
    Tenant t = tenants.get(id);
    if (t == null) {
      throw new IllegalArgumentException("Cannot find run state of tenant: " + id);
    }
    return t;
  }

  /** Replaces the changed tenants' rows, then takes their new state as current. */
  private void write(Map<String, Tenant> changed) {
    if (changed.isEmpty()) {
      return;
    }
    List<Row> rows = new ArrayList<>();
    changed.forEach((id, t) -> {
      t.pending().forEach((stage, days) -> days.forEach(day -> rows.add(RowFactory.create(id, stage, "pending",
          day == null ? null : Date.valueOf(day), null, null, null))));
      t.marks().forEach((stage, m) -> rows.add(RowFactory.create(id, stage, "mark", null, Date.valueOf(m.asOf()),
          m.fingerprint(), m.runId())));
    });
    String path = warehouse.statePath(TABLE);
    if (!warehouse.exists(path)) {
      warehouse.create("run state", path, SCHEMA, true);
    }
    Scope scope = Scope.tenants(changed.keySet());
    Retry.onConflict("write run state", () -> {
      // Partitioned by tenant, so replacing tenants drops their files without reading them.
      warehouse.spark().createDataFrame(rows, SCHEMA).coalesce(1).write().format("delta").mode("overwrite")
          .partitionBy("tenant_id").option("replaceWhere", scope.predicate()).save(path);
      warehouse.countCommit();
    });
    tenants.putAll(changed);
    unsaved.removeAll(changed.keySet());
  }
}
