package dev.scorecard.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What ingesting one source's new and corrected files yields: their valid rows (for the silver
 * table), the rows that were quarantined with their reasons, and one audit row per file read.
 *
 * @param files the files read, whose earlier rows (if any) these replace
 */
public record SourceBatch(String sourceId, List<LandingFile> files, Dataset<Row> silver, Dataset<Row> quarantine,
    Dataset<Row> audit) {}
