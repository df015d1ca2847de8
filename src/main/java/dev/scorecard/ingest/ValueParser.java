package dev.scorecard.ingest;

import dev.scorecard.config.ColumnType;
import dev.scorecard.config.NumberStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Turns the text of one field into the declared type, strictly: {@code 2024-13-45} is not a date
 * and {@code 12abc} is not a number. Blank text is null. Numbers follow the source's
 * {@link NumberStyle}; without one they are plain ({@code 1234.56}).
 */
final class ValueParser {
  private static final java.util.regex.Pattern DECIMAL_NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private ValueParser() {}

  /** The parsed value, or throws {@link IllegalArgumentException} with a reason a person can act on. */
  static Object parse(ColumnType type, String text) {
    return parse(type, text, NumberStyle.DEFAULT);
  }

  /** As {@link #parse(ColumnType, String)}, with numbers written in {@code numbers}' style. */
  static Object parse(ColumnType type, String text, NumberStyle numbers) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      return switch (type) {
        case STRING -> text;
        case INT -> Integer.valueOf(NumberText.plain(t, numbers));
        case LONG -> Long.valueOf(NumberText.plain(t, numbers));
        case DOUBLE -> finite(Double.parseDouble(decimal(NumberText.plain(t, numbers))), t);
        case DECIMAL -> new BigDecimal(decimal(NumberText.plain(t, numbers)));
        case BOOLEAN -> bool(t);
        case DATE -> LocalDate.parse(t);
        case TIMESTAMP -> timestamp(t);
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("'" + Evidence.quoted(text) + "' is not a valid " + type.id() + hint(type, t, numbers));
    }
  }

  private static double finite(double value, String text) {
    if (!Double.isFinite(value)) {
      throw new NumberFormatException(text);
    }
    return value;
  }

  /** Plain decimal notation only: Java would also take {@code 1.5f}, {@code 0x1p3} and {@code NaN}. */
  private static String decimal(String text) {
    if (!DECIMAL_NUMBER.matcher(text).matches()) {
      throw new NumberFormatException(text);
    }
    return text;
  }

  private static Boolean bool(String t) {
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "y" -> Boolean.TRUE;
      case "false", "0", "no", "n" -> Boolean.FALSE;
      default -> throw new NumberFormatException(t);
    };
  }

  private static Instant timestamp(String t) {
    String iso = t.replace(' ', 'T');
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
    }
  }

  private static String hint(ColumnType type, String text, NumberStyle numbers) {
    return switch (type) {
      case DATE -> " (expected YYYY-MM-DD)";
      case TIMESTAMP -> " (expected YYYY-MM-DDTHH:MM:SS, optionally with an offset)";
      case BOOLEAN -> " (expected true/false)";
      case STRING -> "";
      default -> numberHint(text, numbers);
    };
  }

  /** A separator in a number usually means an export written for another locale: say how to declare it. */
  private static String numberHint(String text, NumberStyle numbers) {
    if (!numbers.equals(NumberStyle.DEFAULT)) {
      return " (the source writes numbers like " + numbers.example() + ")";
    }
    boolean grouped = text.matches("[+-]?[0-9][0-9.,' ]*[0-9]") && (text.matches(".*[,' ].*") || text.matches(".*\\..*\\..*"));
    if (grouped) {
      return " (expected a plain number like 1234.56; if the export groups thousands or uses a decimal comma,"
          + " declare decimal_separator and thousands_separator on the source)";
    }
    return "";
  }
}
