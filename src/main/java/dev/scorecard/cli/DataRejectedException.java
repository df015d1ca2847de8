package dev.scorecard.cli;

/** A tenant's input had more bad rows than its tolerance allows; nothing new was published (exit 3). */
public class DataRejectedException extends RuntimeException {
  public DataRejectedException(String message) {
    super(message);
  }
}
