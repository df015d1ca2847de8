package dev.scorecard.config;

/**
 * What a broken rule does to its row: {@code error} quarantines it with the reason; {@code warn}
 * keeps it in silver with the reason among its warnings, and counts it in {@code rows_warned}.
 */
public enum RuleLevel implements ConfigEnum {
  ERROR, WARN
}
