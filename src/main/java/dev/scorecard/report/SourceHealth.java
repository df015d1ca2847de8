package dev.scorecard.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * How fresh and clean one source's data is: its latest ingest and rows quarantined (from
 * {@code ingest_audit}) and the latest day its valid rows reach (null when unknown).
 */
public record SourceHealth(String source, LocalDateTime latestIngest, LocalDate latestDay, long rowsQuarantined,
    long files) {}
