package dev.scorecard.pipeline;

import dev.scorecard.config.ConfigLoader;
import dev.scorecard.config.ConfigProblem;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.kpi.ExpressionCheck;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.RunInfo;
import dev.scorecard.publish.RunState;
import dev.scorecard.publish.Warehouse;
import dev.scorecard.spark.Sessions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns a run: loads and checks the config (without Spark), puts every usable tenant into one
 * {@link Batch}, runs the stages asked for in their order over the whole batch, and returns what
 * happened, as numbers and outcomes.
 *
 * <p>Isolation: a tenant whose config or expressions are rejected never enters the batch; one
 * whose input is over tolerance leaves it; the others go on. When a stage fails for a batch of
 * several tenants, it runs again for each tenant alone, so that one tenant's failure does not stop
 * the others (every write replaces what it owns, so a second attempt is safe).
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private Pipeline() {}

  public static RunResult run(RunRequest request, List<Stage> stages) {
    RunInfo run = new RunInfo(UUID.randomUUID().toString(), Instant.now(), request.asOf(), request.full());
    ConfigLoader.Loaded loaded = ConfigLoader.loadEach(request.conf(), request.tenants());
    Batch batch = new Batch(loaded.valid());
    loaded.rejected().forEach((id, problems) -> batch.reject(id, Outcome.CONFIG_REJECTED, lines(problems)));
    if (!loaded.general().isEmpty() || batch.isEmpty()) {
      return new RunResult(run, List.of(), batch.outcomes(), loaded.general(), List.of(), false, 0);
    }
    SparkSession spark = Sessions.create(request.master(), "scorecard");
    Warehouse warehouse = new Warehouse(spark, request.warehouse());
    RunState state = RunState.read(warehouse, batch.ids());
    ExpressionCheck.check(spark, unchecked(batch, state))
        .forEach((id, problems) -> batch.reject(id, Outcome.CONFIG_REJECTED, lines(problems)));
    RunContext ctx = new RunContext(spark, warehouse, run, request, state, written(stages));
    LOG.info("run {} as of {} for {} tenant(s){}", run.runId(), run.asOf(), batch.size(), run.full() ? ", full" : "");
    List<StageResult> results = new ArrayList<>();
    Map<String, Counts> ingested = Map.of();
    try {
      for (Stage stage : stages) {
        if (batch.isEmpty()) {
          break;
        }
        StageResult result = runStage(stage, ctx, batch);
        results.add(result);
        if (stage.name().equals(IngestStage.NAME)) {
          ingested = result.counts();
        }
      }
    } finally {
      // What the stages settled, in one commit rather than one each (see RunState).
      state.save();
    }
    List<TenantSummary> summary = request.summary() && !batch.isEmpty()
        ? RunSummary.of(ctx, batch.tenants(), ingested) : List.of();
    return new RunResult(run, results, batch.outcomes(), List.of(), summary, true, warehouse.commits());
  }

  private static StageResult runStage(Stage stage, RunContext ctx, Batch batch) {
    Instant start = Instant.now();
    int commitsBefore = ctx.warehouse().commits();
    LOG.info("{}: started for {} tenant(s)", stage.name(), batch.size());
    Stage.Done done;
    try {
      done = stage.run(ctx, batch);
    } catch (Exception e) { // Spark throws checked exceptions (SparkException) without declaring them
      done = alone(stage, ctx, batch, e);
    } finally {
      // What a stage cached serves that stage only.
      ctx.spark().catalog().clearCache();
    }
    StageResult result = new StageResult(stage.name(), Duration.between(start, Instant.now()), done.counts(),
        done.upToDate(), ctx.warehouse().commits() - commitsBefore);
    LOG.info("{}: done in {} s, {} tenant(s) worked, {} up to date, {} commit(s)", stage.name(),
        String.format("%.1f", result.took().toMillis() / 1000.0), result.counts().size(), result.upToDate().size(),
        result.commits());
    return result;
  }

  /** The stage once more for each tenant alone, after it failed for them together. */
  private static Stage.Done alone(Stage stage, RunContext ctx, Batch batch, Exception batchFailure) {
    if (batch.size() == 1) {
      fail(batch, batch.ids().get(0), stage, batchFailure);
      return new Stage.Done(Map.of(), List.of());
    }
    LOG.warn("{} failed for {} tenants together ({}); running it for each alone", stage.name(), batch.size(),
        batchFailure.toString());
    Map<String, Counts> counts = new LinkedHashMap<>();
    List<String> upToDate = new ArrayList<>();
    for (String id : batch.ids()) {
      Batch one = batch.only(id);
      try {
        Stage.Done done = stage.run(ctx, one);
        counts.putAll(done.counts());
        upToDate.addAll(done.upToDate());
      } catch (Exception e) {
        fail(one, id, stage, e);
      }
      one.left().forEach((tenant, outcome) -> batch.reject(tenant, outcome.outcome(), outcome.reasons()));
    }
    return new Stage.Done(counts, upToDate);
  }

  private static void fail(Batch batch, String tenantId, Stage stage, Exception e) {
    LOG.error("{} failed for tenant {}: {}", stage.name(), tenantId, e.toString(), e);
    batch.reject(tenantId, Outcome.FAILED, List.of(stage.name() + " failed for tenant " + tenantId + ": " + e));
  }

  /**
   * The tenants whose expressions Spark must analyse: all but those whose config an earlier run
   * published as it is now (its config tables' mark), which passed the same check then.
   */
  private static List<TenantConfig> unchecked(Batch batch, RunState state) {
    return batch.tenants().stream().filter(t -> !IngestStage.configPublished(state, t)).toList();
  }

  /** The curated tables these stages write. */
  private static List<CuratedTables> written(List<Stage> stages) {
    Set<String> names = new HashSet<>();
    stages.forEach(s -> names.addAll(s.writes()));
    return Arrays.stream(CuratedTables.values()).filter(t -> names.contains(t.tableName())).toList();
  }

  private static List<String> lines(List<ConfigProblem> problems) {
    return problems.stream().map(ConfigProblem::toString).toList();
  }
}
