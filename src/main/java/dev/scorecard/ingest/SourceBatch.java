package dev.scorecard.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What ingesting one source yields: its valid rows (the silver table), the rows that were
 * quarantined with their reasons, and one audit row per file.
 */
public record SourceBatch(String sourceId, Dataset<Row> silver, Dataset<Row> quarantine, Dataset<Row> audit) {}
