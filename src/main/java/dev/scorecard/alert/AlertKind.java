package dev.scorecard.alert;

import java.util.Locale;

/** What an alert says: a score is red, got worse, will likely miss, is unexpected, or the data is late or bad. */
public enum AlertKind {
  STATUS, TRANSITION, FORECAST_RISK, ANOMALY, STALE_SOURCE, DATA_QUALITY;

  /** The name in the {@code alerts} table: {@code forecast_risk}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AlertKind parse(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether an alert of this kind is news of one period or one delivery (a transition, an anomaly,
   * a bad file), so that when it began is part of what it is; otherwise it is a state that lasts
   * (red, at risk, silent) and one alert covers it for as long as it lasts.
   */
  public boolean event() {
    return this == TRANSITION || this == ANOMALY || this == DATA_QUALITY;
  }

  /** Whether its resolution is delivered: a transition or an anomaly simply ages out with its period. */
  public boolean announcesResolution() {
    return this != TRANSITION && this != ANOMALY;
  }

  /** Whether alerts of this kind are about one node's scores, so many locations' alerts can fold into their region's. */
  public boolean folds() {
    return this != STALE_SOURCE && this != DATA_QUALITY;
  }
}
