package dev.scorecard.ingest;

import dev.scorecard.config.RuleSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks a rule can make, one per {@link dev.scorecard.config.RuleCheck}. Only {@code required}
 * looks at an empty value; the others pass it (emptiness is what {@code required} is for), as
 * Deequ separates completeness from the other constraints.
 */
final class RuleChecks {
  private RuleChecks() {}

  /** The check of {@code spec} in a run as of {@code asOf} (relative date bounds are days from it). */
  static RowRule.Check of(RuleSpec spec, LocalDate asOf) {
    return switch (spec.check()) {
      case REQUIRED -> required();
      case RANGE -> range(spec.min().orElse(null), spec.max().orElse(null));
      case ALLOWED -> allowed(new LinkedHashSet<>(spec.values()));
      case PATTERN -> pattern(Pattern.compile(spec.regex().orElseThrow()));
      case DATE_WINDOW -> window(spec.from().map(b -> b.on(asOf)).orElse(null), spec.until().map(b -> b.on(asOf)).orElse(null));
    };
  }

  static RowRule.Check required() {
    return value -> value == null ? "is required but empty" : null;
  }

  static RowRule.Check range(Double min, Double max) {
    return value -> {
      if (value == null) {
        return null;
      }
      double v = ((Number) value).doubleValue();
      if (min != null && v < min) {
        return shown(value) + " is below the minimum " + shown(min);
      }
      return max != null && v > max ? shown(value) + " is above the maximum " + shown(max) : null;
    };
  }

  static RowRule.Check allowed(Set<String> values) {
    return value -> value == null || values.contains((String) value) ? null
        : "'" + Evidence.quoted((String) value) + "' is not one of " + values;
  }

  static RowRule.Check pattern(Pattern regex) {
    return value -> value == null || regex.matcher((String) value).matches() ? null
        : "'" + Evidence.quoted((String) value) + "' does not match the pattern " + regex.pattern();
  }

  static RowRule.Check window(LocalDate from, LocalDate until) {
    return value -> {
      if (value == null) {
        return null;
      }
      LocalDate day = value instanceof Instant at ? at.atOffset(ZoneOffset.UTC).toLocalDate() : (LocalDate) value;
      if (from != null && day.isBefore(from)) {
        return day + " is before the window's first day " + from;
      }
      return until != null && day.isAfter(until) ? day + " is after the window's last day " + until : null;
    };
  }

  /** A number as written by a person: 1000, 12.5, not 1000.0 or 1.0E3. */
  private static String shown(Object number) {
    return Evidence.number(number);
  }
}
