package dev.scorecard.config;

/** Whether a KPI improves as it rises or as it falls. */
public enum Direction implements ConfigEnum {
  HIGHER_IS_BETTER, LOWER_IS_BETTER
}
