package dev.scorecard.generate;

import dev.scorecard.config.Aggregation;
import dev.scorecard.config.MeasureSpec;
import java.util.Optional;

/** The three kinds of measure the generated scorecards use, as config records. */
final class Measures {
  private Measures() {}

  static MeasureSpec sum(String id, String source, String expr) {
    return new MeasureSpec(id, source, Aggregation.SUM, Optional.of(expr), Optional.empty());
  }

  /** A row count; {@code filter} is a Spark SQL condition, or null to count every row. */
  static MeasureSpec count(String id, String source, String filter) {
    return new MeasureSpec(id, source, Aggregation.COUNT, Optional.empty(), Optional.ofNullable(filter));
  }

  static MeasureSpec distinct(String id, String source, String expr, String filter) {
    return new MeasureSpec(id, source, Aggregation.COUNT_DISTINCT, Optional.of(expr), Optional.ofNullable(filter));
  }
}
