package dev.scorecard.config;

/** The earlier period a growth KPI compares with. */
public enum AgainstPeriod implements ConfigEnum {
  PREVIOUS, YEAR_AGO
}
