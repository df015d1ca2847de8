package dev.scorecard.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a run's reads yield, for every tenant at once: the valid rows per silver table, the
 * quarantined rows with their reasons ({@code quarantine}'s columns), and one audit row per file
 * read ({@code ingest_audit}'s columns; {@code rows_superseded} still null).
 */
public record IngestBatch(List<SilverBatch> silver, Dataset<Row> quarantine, Dataset<Row> audit) {}
