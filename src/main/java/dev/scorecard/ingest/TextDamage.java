package dev.scorecard.ingest;

import java.util.Optional;

/**
 * Signs that a record's text was damaged on its way: NUL characters (a crashed writer, a binary
 * file) and bytes that are not UTF-8. Files are decoded as UTF-8 with malformed bytes replaced by
 * U+FFFD, so a stray Latin-1 byte cannot stop the file; the record that holds one is quarantined
 * here instead of reaching silver with a mangled value.
 */
final class TextDamage {
  private static final char REPLACEMENT = '\uFFFD';

  private TextDamage() {}

  /** Why the record's text as a whole cannot be trusted: every other check is moot then. */
  static Optional<String> nul(String raw) {
    return raw.indexOf('\0') < 0 ? Optional.empty()
        : Optional.of("contains NUL characters: the file looks damaged or is not text (re-export it)");
  }

  /** Why one or more of the record's characters are unknown; its other reasons still apply. */
  static Optional<String> encoding(String raw) {
    return raw.indexOf(REPLACEMENT) < 0 ? Optional.empty()
        : Optional.of("contains bytes that are not UTF-8 (shown as \uFFFD); re-export the file as UTF-8");
  }
}
