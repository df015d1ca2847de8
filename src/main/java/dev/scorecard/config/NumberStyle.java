package dev.scorecard.config;

import java.io.Serializable;

/**
 * How a CSV source writes numbers: its decimal separator and, optionally, the separator that
 * groups thousands. {@code decimal_separator: ","} with {@code thousands_separator: "."} reads
 * {@code 1.234,56} as 1234.56. Without a declaration numbers are plain: {@code 1234.56}.
 *
 * @param thousands the grouping separator, or {@link #NO_GROUPING}
 */
public record NumberStyle(char decimal, char thousands) implements Serializable {
  public static final char NO_GROUPING = 0;
  public static final char DECIMAL_DEFAULT = '.';
  public static final NumberStyle DEFAULT = new NumberStyle(DECIMAL_DEFAULT, NO_GROUPING);

  public boolean grouped() {
    return thousands != NO_GROUPING;
  }

  /** How 1234.56 looks in this style, for messages: {@code 1.234,56}. */
  public String example() {
    return (grouped() ? "1" + thousands + "234" : "1234") + decimal + "56";
  }
}
