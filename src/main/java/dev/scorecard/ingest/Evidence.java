package dev.scorecard.ingest;

import java.math.BigDecimal;

/**
 * Evidence at a readable length: a value quoted in a reason is cut with an ellipsis and its
 * length, a number is written in plain digits only while that stays short, and the raw text a
 * quarantined record keeps is capped. A record longer than {@link #MAX_RECORD} characters is
 * not parsed field by field at all: it is quarantined for its size.
 */
final class Evidence {
  /** Characters of a value quoted in a reason. */
  static final int QUOTED = 60;
  /** Characters of raw text a quarantined record keeps (64 K). */
  static final int RAW = 64 * 1024;
  /** The longest record read as a row (1 M characters); a longer one is quarantined. */
  static final int MAX_RECORD = 1024 * 1024;

  private static final int PLAIN_DIGITS = 20;

  private Evidence() {}

  /** A field's text as quoted in a reason. */
  static String quoted(String value) {
    return value.length() <= QUOTED ? value
        : value.substring(0, QUOTED) + "... (" + value.length() + " characters)";
  }

  /** A number as shown in a reason: {@code 120000.5}, but {@code 1E+308} rather than 309 digits. */
  static String number(Object number) {
    BigDecimal exact = (number instanceof BigDecimal d ? d : new BigDecimal(number.toString())).stripTrailingZeros();
    String plain = exact.toPlainString();
    return plain.length() <= PLAIN_DIGITS ? plain : exact.toString();
  }

  /** The raw text a quarantined record keeps. */
  static String raw(String text) {
    return text == null || text.length() <= RAW ? text
        : text.substring(0, RAW) + "... (cut: the record has " + text.length() + " characters)";
  }

  /** The one reason of a record too long to be a row, or null when it is not. */
  static String tooLong(String text) {
    return text.length() <= MAX_RECORD ? null
        : "record of " + text.length() + " characters is longer than the maximum " + MAX_RECORD
            + " (a runaway quote or a damaged file)";
  }
}
