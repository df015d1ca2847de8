package dev.scorecard.ingest;

import dev.scorecard.config.NumberStyle;
import java.util.regex.Pattern;

/**
 * Rewrites a number written in a source's {@link NumberStyle} into plain notation ({@code 1.234,56}
 * to {@code 1234.56}), strictly: thousands groups must have three digits and sit only before the
 * decimal separator, so {@code 1.5} in a style with {@code .} for thousands is no number at all
 * rather than fifteen.
 */
final class NumberText {
  private NumberText() {}

  /** The text in plain notation, or throws {@link NumberFormatException}. */
  static String plain(String text, NumberStyle style) {
    if (style.equals(NumberStyle.DEFAULT)) {
      return text;
    }
    int decimalAt = text.indexOf(style.decimal());
    String whole = decimalAt < 0 ? text : text.substring(0, decimalAt);
    String fraction = decimalAt < 0 ? "" : text.substring(decimalAt + 1);
    if (style.grouped() && whole.indexOf(style.thousands()) >= 0) {
      String sep = Pattern.quote(String.valueOf(style.thousands()));
      if (!whole.matches("[+-]?\\d{1,3}(" + sep + "\\d{3})+")) {
        throw new NumberFormatException(text);
      }
      whole = whole.replace(String.valueOf(style.thousands()), "");
    }
    if (style.decimal() != '.' && (whole.indexOf('.') >= 0 || fraction.indexOf('.') >= 0)) {
      throw new NumberFormatException(text);
    }
    return decimalAt < 0 ? whole : whole + "." + fraction;
  }
}
