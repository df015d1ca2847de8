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
 * @param commits Delta commits the run made in all: its stages' and the run state's once they ended
 */
public record RunResult(RunInfo run, List<StageResult> stages, Map<String, TenantOutcome> outcomes,
    List<ConfigProblem> problems, List<TenantSummary> summary, boolean spark, int commits) {}
