package dev.scorecard.model;

import dev.scorecard.config.Scoring;
import java.io.Serializable;

/** Where a score turns green (at or above {@code green}) and amber (at or above {@code amber}); below is red. */
public record Thresholds(double green, double amber) implements Serializable {
  /** The thresholds of rolled-up scores and of KPIs that set none: 90 and 70. */
  public static final Thresholds DEFAULT = new Thresholds(Scoring.GREEN_DEFAULT, Scoring.AMBER_DEFAULT);

  public static Thresholds of(Scoring scoring) {
    return new Thresholds(scoring.green(), scoring.amber());
  }
}
