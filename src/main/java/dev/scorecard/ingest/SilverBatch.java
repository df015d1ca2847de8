package dev.scorecard.ingest;

import dev.scorecard.config.SourceSpec;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The valid rows one silver table receives in a run: every tenant whose source shares the table
 * ({@link dev.scorecard.publish.SilverTables}).
 *
 * @param source the source as one of these tenants declares it (they all declare the same columns)
 * @param reads what was read for each tenant, whose earlier rows these rows replace
 * @param rows the rows, in the silver table's schema
 */
public record SilverBatch(SourceSpec source, List<SourceRead> reads, Dataset<Row> rows) {}
