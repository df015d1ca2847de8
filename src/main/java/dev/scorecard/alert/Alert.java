package dev.scorecard.alert;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the {@code alerts} table: a condition with its identity and history.
 *
 * @param openedOn the as-of date of the night it opened; {@code resolvedOn} of the night it ended
 * @param message the alert as a sentence a person reads
 * @param query Spark SQL over the curated tables that shows the series behind it
 */
public record Alert(
    String alertId,
    Condition condition,
    AlertState state,
    Instant openedAt,
    Instant resolvedAt,
    LocalDate openedOn,
    LocalDate resolvedOn,
    String message,
    String query) {

  /** This alert, ended on {@code night}. */
  Alert resolve(LocalDate night, Instant at) {
    return new Alert(alertId, condition, AlertState.RESOLVED, openedAt, at, openedOn, night, message, query);
  }
}
