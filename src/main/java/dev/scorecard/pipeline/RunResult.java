package dev.scorecard.pipeline;

import dev.scorecard.config.ConfigProblem;
import dev.scorecard.publish.RunInfo;
import java.util.List;
import java.util.Map;

/**
 * What a run did: each stage's result, each tenant's outcome, and the summary per tenant when asked.
 *
 * @param problems config problems that concern no one tenant (a missing config folder, an unknown
 *     tenant asked for); when there are any, nothing ran
 * @param spark whether Spark started (it does not when no tenant's config could be used)
 */
public record RunResult(RunInfo run, List<StageResult> stages, Map<String, TenantOutcome> outcomes,
    List<ConfigProblem> problems, List<TenantSummary> summary, boolean spark) {

  /** Delta commits the run made in all. */
  public int commits() {
    return stages.stream().mapToInt(StageResult::commits).sum();
  }
}
