package dev.scorecard.alert;

import java.util.Locale;

/** How urgent an alert is, from least to most: {@code info}, {@code warning}, {@code critical}. */
public enum Severity {
  INFO, WARNING, CRITICAL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity parse(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  public Severity max(Severity other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
