package dev.scorecard.generate;

/**
 * A measure of the tenant YAML: an aggregate over one source's rows.
 *
 * @param expr the Spark SQL expression aggregated, or null for a plain row count
 * @param filter the Spark SQL condition on the rows, or null for all rows
 */
record MeasureSpec(String id, String source, String agg, String expr, String filter) {

  static MeasureSpec sum(String id, String source, String expr) {
    return new MeasureSpec(id, source, "sum", expr, null);
  }

  static MeasureSpec count(String id, String source, String filter) {
    return new MeasureSpec(id, source, "count", null, filter);
  }

  static MeasureSpec distinct(String id, String source, String expr, String filter) {
    return new MeasureSpec(id, source, "count_distinct", expr, filter);
  }
}
