package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import dev.scorecard.config.Fingerprints;
import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.KpiType;
import dev.scorecard.config.PeriodSet;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.ingest.Deliveries;
import dev.scorecard.kpi.KpiGroups;
import dev.scorecard.kpi.KpiValues;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.RunState;
import dev.scorecard.publish.Scope;
import dev.scorecard.publish.SilverTables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Silver to {@code kpi_values}, for every tenant of the batch at once: tenants that define their
 * KPIs alike share one Spark plan, and the values of all tenants are written in one commit.
 * Each tenant recomputes only the periods that changed since the stage last ran (all of them on
 * a full run or under a changed config), reading only the days those periods need.
 */
final class KpisStage implements Stage {
  static final String NAME = "kpis";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> reads() {
    return List.of("silver");
  }

  @Override
  public List<String> writes() {
    return List.of("kpi_values");
  }

  @Override
  public Done run(RunContext ctx, Batch batch) {
    for (TenantConfig t : batch.tenants()) {
      if (ctx.state().mark(t.tenantId(), IngestStage.NAME).isEmpty()) {
        batch.reject(t.tenantId(), Outcome.FAILED, List.of("tenant " + t.tenantId()
            + " has no silver tables yet: run the ingest stage first (scorecard ingest)"));
      }
    }
    Map<String, Optional<PeriodSet>> work = IncrementalPlan.periods(ctx, batch, NAME, Fingerprints::kpis,
        ctx.existed(CuratedTables.KPI_VALUES));
    List<TenantConfig> tenants = batch.tenants().stream().filter(t -> work.containsKey(t.tenantId())).toList();
    List<String> upToDate = batch.ids().stream().filter(id -> !work.containsKey(id)).toList();
    if (tenants.isEmpty()) {
      return new Done(Map.of(), upToDate);
    }
    ctx.prepareOutputs();
    Dataset<Row> values = null;
    Set<String> superseded = superseded(ctx, tenants);
    for (List<TenantConfig> group : KpiGroups.of(tenants)) {
      Dataset<Row> derived = KpiValues.derive(ctx.spark(), group, current(ctx, group, work, superseded), ctx.run().asOf(),
          references(ctx, group, work));
      values = values == null ? derived : values.unionByName(derived);
    }
    Scope scope = scope(work);
    Dataset<Row> published = values.filter(expr(scope.predicate()));
    ctx.warehouse().replace(CuratedTables.KPI_VALUES, scope, published, ctx.run());
    Map<String, RunState.Mark> marks = new LinkedHashMap<>();
    tenants.forEach(t -> marks.put(t.tenantId(), IncrementalPlan.mark(ctx, Fingerprints.kpis(t))));
    ctx.state().settle(NAME, marks);
    Map<String, Counts> counts = new LinkedHashMap<>();
    tenants.forEach(t -> counts.put(t.tenantId(), new Counts.Kpis(0, 0, work.get(t.tenantId()).isEmpty())));
    for (Row r : Written.counts(ctx, CuratedTables.KPI_VALUES, scope, "value")) {
      counts.put(r.getString(0), new Counts.Kpis(r.getLong(1), r.getLong(2), work.get(r.getString(0)).isEmpty()));
    }
    return new Done(counts, upToDate);
  }

  /**
   * The published values the group's growth KPIs compare with, of the periods not recomputed
   * (null when no tenant of the group recomputes only some periods): so a night reads the raw
   * rows of the periods it recomputes, not those of the periods a year back.
   */
  private static Dataset<Row> references(RunContext ctx, List<TenantConfig> group, Map<String, Optional<PeriodSet>> work) {
    List<String> growth = group.get(0).kpis().values().stream().filter(k -> k.type() == KpiType.GROWTH)
        .map(KpiSpec::id).toList();
    Scope scope = new Scope();
    group.forEach(t -> work.get(t.tenantId()).ifPresent(p -> scope.periods(t.tenantId(), p.references())));
    if (growth.isEmpty() || scope.isEmpty()) {
      return null;
    }
    return ctx.warehouse().curated(CuratedTables.KPI_VALUES, scope.tenants())
        .filter(col("kpi_id").isin(growth.toArray()).and(expr(scope.predicate())))
        .select("tenant_id", "kpi_id", "node_level", "node_id", "period_grain", "period_start", "numerator");
  }

  /** What each tenant's write replaces: its recomputed periods, or all its rows. */
  static Scope scope(Map<String, Optional<PeriodSet>> work) {
    Scope scope = new Scope();
    work.forEach((tenant, periods) -> {
      if (periods.isPresent()) {
        scope.periods(tenant, periods.get());
      } else {
        scope.all(tenant);
      }
    });
    return scope;
  }

  /**
   * The tenant and source pairs ({@code tenant/source}) with rows a later delivery superseded,
   * per the audit: only their rows need sorting out; for all others every silver row is current.
   */
  private static Set<String> superseded(RunContext ctx, List<TenantConfig> tenants) {
    Set<String> pairs = new HashSet<>();
    ctx.warehouse().curated(CuratedTables.INGEST_AUDIT, tenants.stream().map(TenantConfig::tenantId).toList())
        .filter(col("rows_superseded").gt(0)).select("tenant_id", "source").distinct().collectAsList()
        .forEach(r -> pairs.add(r.getString(0) + "/" + r.getString(1)));
    return pairs;
  }

  /**
   * Per source, the group's current rows (each business key's latest delivery), of the days
   * their periods need: for a tenant recomputing some periods, those and the periods they compare
   * against.
   */
  private static Map<String, Dataset<Row>> current(RunContext ctx, List<TenantConfig> group,
      Map<String, Optional<PeriodSet>> work, Set<String> superseded) {
    Map<String, Dataset<Row>> current = new LinkedHashMap<>();
    for (SourceSpec source : group.get(0).sources().values()) {
      if (!ctx.warehouse().exists(ctx.warehouse().silverPath(source))) {
        continue;
      }
      List<String> ids = group.stream().map(TenantConfig::tenantId).toList();
      Dataset<Row> rows = ctx.warehouse().silver(source, ids).filter(needed(source, ids, work));
      boolean sortOut = ids.stream().anyMatch(id -> superseded.contains(id + "/" + source.id()));
      current.put(source.id(), (sortOut ? Deliveries.current(rows, source) : rows).drop(SilverTables.DELIVERED));
    }
    return current;
  }

  private static Column needed(SourceSpec source, List<String> tenants, Map<String, Optional<PeriodSet>> work) {
    Column day = col(source.dateColumn()).cast("date");
    Column needed = lit(false);
    for (String tenant : tenants) {
      Column ofTenant = col(SilverTables.TENANT).equalTo(tenant);
      Optional<PeriodSet> periods = work.get(tenant);
      if (periods.isPresent()) {
        Column inRanges = lit(false);
        for (LocalDate[] range : periods.get().readRanges()) {
          inRanges = inRanges.or(day.between(lit(Date.valueOf(range[0])), lit(Date.valueOf(range[1]))));
        }
        ofTenant = ofTenant.and(inRanges);
      }
      needed = needed.or(ofTenant);
    }
    return needed;
  }
}
