package dev.scorecard.publish;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Identifies one run of the engine; stamped on every curated row it writes.
 *
 * @param full whether to read every landing file and recompute every period ({@code --full})
 *     rather than only what changed
 */
public record RunInfo(String runId, Instant startedAt, LocalDate asOf, boolean full) {}
