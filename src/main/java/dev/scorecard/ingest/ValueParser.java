package dev.scorecard.ingest;

import dev.scorecard.config.ColumnType;
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
 * and {@code 12abc} is not a number. Blank text is null.
 */
final class ValueParser {
  private static final java.util.regex.Pattern DECIMAL_NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private ValueParser() {}

  /** The parsed value, or throws {@link IllegalArgumentException} with a reason a person can act on. */
  static Object parse(ColumnType type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      return switch (type) {
        case STRING -> text;
        case INT -> Integer.valueOf(t);
        case LONG -> Long.valueOf(t);
        case DOUBLE -> finite(Double.parseDouble(decimal(t)), t);
        case DECIMAL -> new BigDecimal(decimal(t));
        case BOOLEAN -> bool(t);
        case DATE -> LocalDate.parse(t);
        case TIMESTAMP -> timestamp(t);
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a valid " + type.id() + hint(type));
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

  private static String hint(ColumnType type) {
    return switch (type) {
      case DATE -> " (expected YYYY-MM-DD)";
      case TIMESTAMP -> " (expected YYYY-MM-DDTHH:MM:SS, optionally with an offset)";
      case BOOLEAN -> " (expected true/false)";
      default -> "";
    };
  }
}
