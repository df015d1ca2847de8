package dev.scorecard.deliver;

import java.util.Locale;

/** The two moments of an alert that are delivered: it opened, or it was resolved. */
public enum Transition {
  OPENED, RESOLVED;

  /** The name in {@code alert_deliveries}: {@code opened}, {@code resolved}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
