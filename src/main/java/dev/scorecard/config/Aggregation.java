package dev.scorecard.config;

/** How a measure aggregates a source expression over the rows of one node and period. */
public enum Aggregation implements ConfigEnum {
  SUM, COUNT, COUNT_DISTINCT, AVG, MIN, MAX
}
