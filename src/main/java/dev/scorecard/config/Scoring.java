package dev.scorecard.config;

/**
 * How a KPI is scored and where its status changes: a score at or above {@code green} is green,
 * at or above {@code amber} amber, else red.
 */
public record Scoring(ScoringMethod method, double green, double amber) {
  public static final double GREEN_DEFAULT = 90;
  public static final double AMBER_DEFAULT = 70;
  public static final Scoring DEFAULT =
      new Scoring(ScoringMethod.LINEAR, GREEN_DEFAULT, AMBER_DEFAULT);
}
