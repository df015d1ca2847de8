package dev.scorecard.alert;

import java.util.Locale;

/**
 * Where an alert stands on a night: {@code opened} that night, {@code open} on the nights after
 * while its condition holds (not sent again), {@code resolved} once it no longer holds.
 */
public enum AlertState {
  OPENED, OPEN, RESOLVED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
