package dev.scorecard.config;

/**
 * What a source's validation rule checks in one column: {@code required} (not empty), {@code range}
 * (a number between min and max), {@code allowed} (one of a set of texts), {@code pattern} (a Java
 * regular expression matching the whole text) or {@code date_window} (a day between two dates).
 */
public enum RuleCheck implements ConfigEnum {
  REQUIRED, RANGE, ALLOWED, PATTERN, DATE_WINDOW
}
