package dev.scorecard.config;

/** How a KPI value becomes a 0-100 score: linear progress from baseline to target, or the ratio
 * of value to target. */
public enum ScoringMethod implements ConfigEnum {
  LINEAR, RATIO
}
