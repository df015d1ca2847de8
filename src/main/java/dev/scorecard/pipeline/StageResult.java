package dev.scorecard.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one stage did in a run.
 *
 * @param counts per tenant it worked for, what it did
 * @param upToDate tenants it had nothing to do for (nothing new since it last ran)
 * @param commits Delta commits it made; none when nothing was new
 */
public record StageResult(String stage, Duration took, Map<String, Counts> counts, List<String> upToDate, int commits) {}
