package dev.scorecard.publish;

import java.time.Instant;
import java.time.LocalDate;

/** Identifies one run of the engine; stamped on every curated row it writes. */
public record RunInfo(String runId, Instant startedAt, LocalDate asOf) {}
