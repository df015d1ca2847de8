package dev.scorecard.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * The traffic light of a score, in order from best to worst: {@code green}, {@code amber},
 * {@code red}. {@code no_target} and {@code no_data} say why a value has no score; they are
 * neither better nor worse than a scored status.
 */
public enum Status {
  GREEN, AMBER, RED, NO_TARGET, NO_DATA;

  /** The name in curated tables: {@code green}, {@code no_data}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Status parse(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Cannot find status: " + id));
  }

  /** Whether this is green, amber or red. */
  public boolean scored() {
    return ordinal() <= RED.ordinal();
  }

  /** Whether both are scored and this one is worse ({@code red} is worse than {@code amber}). */
  public boolean worseThan(Status other) {
    return scored() && other.scored() && ordinal() > other.ordinal();
  }

  /** The status of a score that exists, such as an objective's weighted mean. */
  public static Status of(double score, Thresholds thresholds) {
    return score >= thresholds.green() ? GREEN : score >= thresholds.amber() ? AMBER : RED;
  }

  /** A KPI value's status: no_data without a value, no_target without a target or score. */
  public static Status ofKpi(Double value, Double target, Double score, Thresholds thresholds) {
    if (value == null) {
      return NO_DATA;
    }
    return target == null || score == null ? NO_TARGET : of(score, thresholds);
  }

  /** A rolled-up score's status (default thresholds), or no_data when nothing below was scored. */
  public static Status ofRollup(Double score) {
    return score == null ? NO_DATA : of(score, Thresholds.DEFAULT);
  }
}
