package dev.scorecard.config;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first or last day of a date window: a fixed day ({@code 2015-01-01}) or a day relative to
 * the as-of date of the run that reads the file ({@code as_of}, {@code as_of - 3 years},
 * {@code as_of + 7 days}; units day, week, month, year, singular or plural). A relative bound
 * moves with the nights without an edit to the config, so it changes no fingerprint and
 * recomputes nothing; a file is checked against the as-of date of the run that reads it.
 *
 * @param day the fixed day, or empty for a bound relative to the as-of date
 * @param offset the distance from the as-of date (zero for a fixed day)
 */
public record DateBound(Optional<LocalDate> day, Period offset) {
  private static final Pattern RELATIVE =
      Pattern.compile("as_of(?:\\s*([+-])\\s*(\\d{1,4})\\s*(day|week|month|year)s?)?");

  public static DateBound of(LocalDate day) {
    return new DateBound(Optional.of(day), Period.ZERO);
  }

  /** The bound written as {@code text}, or empty when it is neither a date nor an as_of expression. */
  public static Optional<DateBound> parse(String text) {
    String t = text.strip();
    Matcher m = RELATIVE.matcher(t);
    if (m.matches()) {
      if (m.group(1) == null) {
        return Optional.of(new DateBound(Optional.empty(), Period.ZERO));
      }
      int n = Integer.parseInt(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
      Period offset = switch (m.group(3)) {
        case "day" -> Period.ofDays(n);
        case "week" -> Period.ofWeeks(n);
        case "month" -> Period.ofMonths(n);
        default -> Period.ofYears(n);
      };
      return Optional.of(new DateBound(Optional.empty(), offset));
    }
    try {
      return Optional.of(of(LocalDate.parse(t)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public boolean relative() {
    return day.isEmpty();
  }

  /** The day this bound stands for in a run as of {@code asOf}. */
  public LocalDate on(LocalDate asOf) {
    return day.orElseGet(() -> asOf.plus(offset));
  }

  /** As written in the YAML. */
  @Override
  public String toString() {
    if (day.isPresent()) {
      return day.get().toString();
    }
    if (offset.isZero()) {
      return "as_of";
    }
    String sign = offset.isNegative() ? " - " : " + ";
    Period p = offset.isNegative() ? offset.negated() : offset;
    if (p.getYears() != 0) {
      return "as_of" + sign + plural(p.getYears(), "year");
    }
    if (p.getMonths() != 0) {
      return "as_of" + sign + plural(p.getMonths(), "month");
    }
    return p.getDays() % 7 == 0 ? "as_of" + sign + plural(p.getDays() / 7, "week")
        : "as_of" + sign + plural(p.getDays(), "day");
  }

  private static String plural(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
