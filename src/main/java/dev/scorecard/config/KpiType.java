package dev.scorecard.config;

/** How a KPI's value is derived from measures: one expression ({@code simple}), a ratio of summed
 * parts ({@code ratio}), or the change of an expression against an earlier period ({@code growth}). */
public enum KpiType implements ConfigEnum {
  SIMPLE, RATIO, GROWTH
}
