package dev.scorecard.config;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a source's validation rules against its declared columns: each rule names a declared
 * column of a type its check can test, has the settings its check needs and no others, and those
 * settings make sense (min not above max, a regex that compiles, a non-empty value list).
 */
final class RuleValidator {
  private static final Set<ColumnType> NUMBERS = EnumSet.of(ColumnType.INT, ColumnType.LONG, ColumnType.DOUBLE,
      ColumnType.DECIMAL);
  private static final Set<ColumnType> DAYS = EnumSet.of(ColumnType.DATE, ColumnType.TIMESTAMP);
  private static final Set<ColumnType> TEXTS = EnumSet.of(ColumnType.STRING);

  private final SourceSpec source;
  private final Problems problems;

  private RuleValidator(SourceSpec source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  /** Adds a problem for each thing wrong in {@code source}'s rules, keyed {@code sources.<id>.rules[i]}. */
  static void validate(SourceSpec source, Problems problems) {
    RuleValidator validator = new RuleValidator(source, problems);
    for (int i = 0; i < source.rules().size(); i++) {
      validator.rule("sources." + source.id() + ".rules[" + i + "]", source.rules().get(i));
    }
  }

  private void rule(String key, RuleSpec rule) {
    if (problems.about(key)) {
      return; // the shape is already wrong (say, an unknown check): more would only repeat it
    }
    strayKeys(key, rule);
    switch (rule.check()) {
      case REQUIRED -> columnOf(key, rule, EnumSet.allOf(ColumnType.class), "");
      case RANGE -> range(key, rule);
      case ALLOWED -> allowed(key, rule);
      case PATTERN -> pattern(key, rule);
      case DATE_WINDOW -> window(key, rule);
    }
  }

  private void range(String key, RuleSpec rule) {
    columnOf(key, rule, NUMBERS, "for a date column use check: date_window with from and until");
    if (rule.min().isEmpty() && rule.max().isEmpty()) {
      problems.add(key, "check range needs min, max or both (such as min: 0, max: 100000)");
    } else if (rule.min().isPresent() && rule.max().isPresent() && rule.min().get() > rule.max().get()) {
      problems.add(key + ".min", "%s is above max %s (swap them)", rule.min().get(), rule.max().get());
    }
  }

  private void allowed(String key, RuleSpec rule) {
    columnOf(key, rule, TEXTS, "");
    if (rule.values().isEmpty()) {
      problems.add(key + ".values", "check allowed needs the list of allowed values (such as values: [store, web])");
    }
  }

  private void pattern(String key, RuleSpec rule) {
    columnOf(key, rule, TEXTS, "");
    if (rule.regex().isEmpty()) {
      problems.add(key + ".regex", "check pattern needs a regex (a Java regular expression the whole value must match, such as \"R[0-9]{6}\")");
      return;
    }
    try {
      Pattern.compile(rule.regex().get());
    } catch (PatternSyntaxException e) {
      problems.add(key + ".regex", "'%s' is not a valid Java regular expression: %s at index %d (it must match the whole value, such as R[0-9]{6})",
          rule.regex().get(), e.getDescription(), e.getIndex());
    }
  }

  private void window(String key, RuleSpec rule) {
    columnOf(key, rule, DAYS, "for a number column use check: range with min and max");
    if (rule.from().isEmpty() && rule.until().isEmpty()) {
      problems.add(key, "check date_window needs from, until or both (dates as YYYY-MM-DD, such as from: 2020-01-01, "
          + "or relative to the as-of date, such as until: as_of)");
    } else if (rule.from().isPresent() && rule.until().isPresent() && after(rule.from().get(), rule.until().get())) {
      problems.add(key + ".from", "%s is after until %s (swap them)", rule.from().get(), rule.until().get());
    }
  }

  /** The rule's column must be declared, and of a type the check can test. */
  private void columnOf(String key, RuleSpec rule, Set<ColumnType> types, String hint) {
    ColumnType type = source.columns().get(rule.column());
    if (rule.column().isEmpty()) {
      return; // reported as required by the parser
    }
    if (type == null) {
      problems.add(key + ".column", "unknown column '%s' (declared: %s)", rule.column(), source.columns().keySet());
    } else if (!types.contains(type)) {
      problems.add(key + ".column", "check %s cannot test column '%s', declared %s (it tests %s columns%s)",
          rule.check().id(), rule.column(), type.id(), types.stream().map(ColumnType::id).toList(),
          hint.isEmpty() ? "" : "; " + hint);
    }
  }

  /** A setting of another check is a mistake: it would silently do nothing. */
  private void strayKeys(String key, RuleSpec rule) {
    stray(key, "min", rule.min().isPresent(), rule.check() == RuleCheck.RANGE, rule);
    stray(key, "max", rule.max().isPresent(), rule.check() == RuleCheck.RANGE, rule);
    stray(key, "values", !rule.values().isEmpty(), rule.check() == RuleCheck.ALLOWED, rule);
    stray(key, "regex", rule.regex().isPresent(), rule.check() == RuleCheck.PATTERN, rule);
    stray(key, "from", rule.from().isPresent(), rule.check() == RuleCheck.DATE_WINDOW, rule);
    stray(key, "until", rule.until().isPresent(), rule.check() == RuleCheck.DATE_WINDOW, rule);
  }

  private void stray(String key, String name, boolean given, boolean belongs, RuleSpec rule) {
    if (given && !belongs) {
      problems.add(key + "." + name, "does not apply to check %s (it takes %s)", rule.check().id(), settings(rule.check()));
    }
  }

  /**
   * Whether a window's first day lies after its last whatever the as-of date: two fixed days, or
   * two relative ones after each other on every night (months are of unequal length, so
   * {@code as_of - 1 month} and {@code as_of - 30 days} swap places from night to night: that is
   * no mistake). A fixed and a relative bound cross on some night; that is a window that closes.
   */
  private static boolean after(DateBound from, DateBound until) {
    if (from.relative() != until.relative()) {
      return false;
    }
    return SAMPLE_NIGHTS.stream().allMatch(night -> from.on(night).isAfter(until.on(night)));
  }

  /** Nights that between them have every month length and a leap day. */
  private static final List<LocalDate> SAMPLE_NIGHTS = List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31),
      LocalDate.of(2024, 4, 30), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 7, 31));

  private static String settings(RuleCheck check) {
    return switch (check) {
      case REQUIRED -> "no settings besides column and level";
      case RANGE -> "min and max";
      case ALLOWED -> "values";
      case PATTERN -> "regex";
      case DATE_WINDOW -> "from and until";
    };
  }
}
