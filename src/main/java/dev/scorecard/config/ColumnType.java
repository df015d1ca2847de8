package dev.scorecard.config;

/** The type of a source column, as declared in a tenant's config. */
public enum ColumnType implements ConfigEnum {
  STRING, INT, LONG, DOUBLE, DECIMAL, BOOLEAN, DATE, TIMESTAMP
}
