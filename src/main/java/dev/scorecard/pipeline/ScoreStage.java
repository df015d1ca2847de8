package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.expr;

import dev.scorecard.config.Fingerprints;
import dev.scorecard.config.PeriodSet;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.RunState;
import dev.scorecard.publish.Scope;
import dev.scorecard.score.ScoreChanges;
import dev.scorecard.score.ScoreTables;
import dev.scorecard.score.Scores;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code kpi_values} to the four score tables and {@code score_changes}, for every tenant of the
 * batch in one plan and one commit per table. Each tenant rescores only the periods that changed
 * (all of them on a full run or under a changed config: a new target rescores everything); what
 * moved the scores is measured again for those periods and the one after each.
 */
final class ScoreStage implements Stage {
  static final String NAME = "score";
  private static final List<CuratedTables> OUTPUTS = List.of(CuratedTables.KPI_SCORES, CuratedTables.OBJECTIVE_SCORES,
      CuratedTables.PERSPECTIVE_SCORES, CuratedTables.SCORECARD, CuratedTables.SCORE_CHANGES);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> reads() {
    return List.of("kpi_values");
  }

  @Override
  public List<String> writes() {
    return OUTPUTS.stream().map(CuratedTables::tableName).toList();
  }

  @Override
  public Done run(RunContext ctx, Batch batch) {
    Prerequisites.require(ctx, batch, CuratedTables.KPI_VALUES, KpisStage.NAME);
    boolean outputs = OUTPUTS.stream().allMatch(ctx::existed);
    Map<String, Optional<PeriodSet>> work = IncrementalPlan.periods(ctx, batch, NAME, Fingerprints::all, outputs);
    List<TenantConfig> tenants = batch.tenants().stream().filter(t -> work.containsKey(t.tenantId())).toList();
    List<String> upToDate = batch.ids().stream().filter(id -> !work.containsKey(id)).toList();
    if (tenants.isEmpty()) {
      return new Done(Map.of(), upToDate);
    }
    ctx.prepareOutputs();
    // A score compares each value with the period before, so those values are read too.
    Map<String, Optional<PeriodSet>> read = new LinkedHashMap<>();
    work.forEach((tenant, periods) -> read.put(tenant, periods.map(PeriodSet::withPrevious)));
    Dataset<Row> values = ctx.warehouse().curated(CuratedTables.KPI_VALUES, work.keySet())
        .filter(expr(KpisStage.scope(read).predicate()));
    ScoreTables tables = Scores.score(ctx.spark(), tenants, values, ctx.run().asOf());
    Scope scope = KpisStage.scope(work);
    Column inScope = expr(scope.predicate());
    Dataset<Row> kpiScores = tables.kpiScores().filter(inScope);
    Parallel.run(List.of(
        () -> ctx.warehouse().replace(CuratedTables.KPI_SCORES, scope, kpiScores, ctx.run()),
        () -> ctx.warehouse().replace(CuratedTables.OBJECTIVE_SCORES, scope, tables.objectiveScores().filter(inScope), ctx.run()),
        () -> ctx.warehouse().replace(CuratedTables.PERSPECTIVE_SCORES, scope, tables.perspectiveScores().filter(inScope),
            ctx.run()),
        () -> ctx.warehouse().replace(CuratedTables.SCORECARD, scope, tables.scorecard().filter(inScope), ctx.run())));
    writeChanges(ctx, work);
    Map<String, RunState.Mark> marks = new LinkedHashMap<>();
    tenants.forEach(t -> marks.put(t.tenantId(), IncrementalPlan.mark(ctx, Fingerprints.all(t))));
    ctx.state().settle(NAME, marks);
    Map<String, Counts> counts = new LinkedHashMap<>();
    tenants.forEach(t -> counts.put(t.tenantId(), new Counts.Scores(0, 0, work.get(t.tenantId()).isEmpty())));
    for (Row r : Written.counts(ctx, CuratedTables.KPI_SCORES, scope, "score")) {
      counts.put(r.getString(0), new Counts.Scores(r.getLong(1), r.getLong(2), work.get(r.getString(0)).isEmpty()));
    }
    return new Done(counts, upToDate);
  }

  /**
   * {@code score_changes} of the rescored periods and the period after each (its change is
   * measured from them), from the score tables as just written, with the periods before.
   */
  private static void writeChanges(RunContext ctx, Map<String, Optional<PeriodSet>> work) {
    Map<String, Optional<PeriodSet>> changed = new LinkedHashMap<>();
    work.forEach((tenant, periods) -> changed.put(tenant, periods.map(PeriodSet::withNext)));
    Map<String, Optional<PeriodSet>> around = new LinkedHashMap<>();
    changed.forEach((tenant, periods) -> around.put(tenant, periods.map(PeriodSet::withPrevious)));
    Column read = expr(KpisStage.scope(around).predicate());
    Scope scope = KpisStage.scope(changed);
    Dataset<Row> changes = ScoreChanges.of(scores(ctx, CuratedTables.KPI_SCORES, work, read),
        scores(ctx, CuratedTables.OBJECTIVE_SCORES, work, read), scores(ctx, CuratedTables.PERSPECTIVE_SCORES, work, read),
        scores(ctx, CuratedTables.SCORECARD, work, read)).filter(expr(scope.predicate()));
    ctx.warehouse().replace(CuratedTables.SCORE_CHANGES, scope, changes, ctx.run());
  }

  private static Dataset<Row> scores(RunContext ctx, CuratedTables table, Map<String, Optional<PeriodSet>> work,
      Column read) {
    return ctx.warehouse().curated(table, work.keySet()).filter(read);
  }
}
