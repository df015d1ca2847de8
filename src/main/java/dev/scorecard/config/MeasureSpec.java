package dev.scorecard.config;

import java.util.Optional;

/**
 * An aggregate of one source per node and period, such as the sum of net sales or the count of
 * complaints. KPIs are expressions over measures.
 *
 * @param expr a Spark SQL expression over the source's columns; empty for a row count
 * @param filter an optional Spark SQL condition selecting the rows that count
 */
public record MeasureSpec(
    String id, String source, Aggregation agg, Optional<String> expr, Optional<String> filter) {}
