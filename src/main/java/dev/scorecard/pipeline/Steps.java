package dev.scorecard.pipeline;

import org.slf4j.Logger;

/** Logs how long each step of a stage took, for an operator looking for the slow one. */
final class Steps {
  private final Logger log;
  private final String stage;
  private long start = System.nanoTime();

  Steps(Logger log, String stage) {
    this.log = log;
    this.stage = stage;
  }

  void done(String what) {
    long now = System.nanoTime();
    log.info("{}: {} in {} s", stage, what, String.format("%.1f", (now - start) / 1e9));
    start = now;
  }
}
