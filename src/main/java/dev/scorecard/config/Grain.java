package dev.scorecard.config;

/** The calendar span a KPI value covers. Quarters and years follow the tenant's fiscal year. */
public enum Grain implements ConfigEnum {
  WEEK, MONTH, QUARTER, YEAR
}
