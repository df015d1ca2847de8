package dev.scorecard.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the report writes numbers, one way everywhere: scores with one decimal ({@code 73.4}),
 * values in their KPI's unit ({@code €12,340}, {@code 23.5%}, {@code 4.20 min}, {@code 4.11 (1-5)}),
 * changes signed; half up.
 */
final class Numbers {
  static final String NONE = "–";
  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

  private Numbers() {}

  static String score(Double score) {
    return score == null ? NONE : fixed(score, 1);
  }

  /** A KPI value in its unit: currencies and large numbers without decimals, percents with one. */
  static String value(Double value, String unit) {
    if (value == null) {
      return NONE;
    }
    String u = unit == null ? "" : unit.strip();
    return switch (u) {
      case "%" -> fixed(value, 1) + "%";
      case "EUR" -> "€" + amount(value);
      case "USD" -> "$" + amount(value);
      case "GBP" -> "£" + amount(value);
      case "", "count" -> amount(value);
      default -> amount(value) + (Character.isDigit(u.charAt(0)) ? " (" + u + ")" : " " + u);
    };
  }

  /** A change in points, signed: {@code +1.2}, {@code −0.4}. */
  static String points(Double change) {
    return change == null ? NONE : signed(fixed(change, 1));
  }

  /** A relative change in percent, signed: {@code +3.1%}. */
  static String percentChange(Double pct) {
    return pct == null ? NONE : signed(fixed(pct, 1)) + "%";
  }

  static String statusLabel(String status) {
    return switch (status) {
      case "green" -> "On track";
      case "amber" -> "At risk";
      case "red" -> "Off track";
      case "no_target" -> "No target";
      default -> "No data";
    };
  }

  private static String amount(double value) {
    double abs = Math.abs(value);
    return fixed(value, abs >= 1000 || abs >= 100 && value == Math.rint(value) ? 0 : abs >= 100 ? 1 : 2);
  }

  static String fixed(double value, int decimals) {
    DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), SYMBOLS);
    format.setRoundingMode(RoundingMode.HALF_UP);
    String text = format.format(value);
    return text.matches("-0(\\.0+)?") ? text.substring(1) : text;
  }

  private static String signed(String text) {
    return text.startsWith("-") ? "−" + text.substring(1) : text.matches("0(\\.0+)?") ? text : "+" + text;
  }
}
