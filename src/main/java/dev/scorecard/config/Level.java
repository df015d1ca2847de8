package dev.scorecard.config;

/** A level of a tenant's hierarchy, bottom up. The org node's id is the tenant id. */
public enum Level implements ConfigEnum {
  LOCATION, REGION, ORG
}
