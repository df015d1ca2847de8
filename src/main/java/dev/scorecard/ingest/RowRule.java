package dev.scorecard.ingest;

import dev.scorecard.config.RuleLevel;
import dev.scorecard.config.RuleSpec;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One declared validation rule, made ready for the executors: the index of its column among the
 * typed values, whether breaking it is an error or a warning, and the check itself. Plain Java on
 * plain values: a rule sees the value already typed ({@code Double}, {@code LocalDate}, ...).
 */
final class RowRule implements Serializable {
  /** The test of one value: null when it passes, else what is wrong with it. */
  interface Check extends Serializable {
    String violation(Object value);
  }

  private final String column;
  private final int index;
  private final RuleLevel level;
  private final Check check;

  RowRule(String column, int index, RuleLevel level, Check check) {
    this.column = column;
    this.index = index;
    this.level = level;
    this.check = check;
  }

  /** The rule of {@code spec}, over the column at {@code index} in {@code names}. */
  static RowRule of(RuleSpec spec, List<String> names, LocalDate asOf) {
    return new RowRule(spec.column(), names.indexOf(spec.column()), spec.level(), RuleChecks.of(spec, asOf));
  }

  int index() {
    return index;
  }

  boolean warns() {
    return level == RuleLevel.WARN;
  }

  /** The reason for {@code values}' row, as {@code column: what is wrong}, or null when the rule holds. */
  String apply(Object[] values) {
    String violation = check.violation(values[index]);
    return violation == null ? null : column + ": " + violation;
  }
}
