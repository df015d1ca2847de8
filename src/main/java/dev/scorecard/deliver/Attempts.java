package dev.scorecard.deliver;

import dev.scorecard.config.AlertSettings.Retry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Tries a delivery up to {@code retry.attempts()} times in one run, waiting {@code retry.backoff()}
 * before the second attempt and twice as long before each further one, and stops early when the
 * receiver accepted or rejected it. What still fails is tried again by the next run.
 */
final class Attempts {
  private Attempts() {}

  static Outcome run(Retry retry, Supplier<Attempt> attempt) {
    check(retry);
    Duration wait = retry.backoff();
    for (int n = 1; ; n++) {
      Attempt last = attempt.get();
      if (last.verdict() != Attempt.Verdict.RETRY || n >= retry.attempts() || !pause(wait)) {
        return Outcome.after(n, last);
      }
      wait = wait.multipliedBy(2);
    }
  }

  private static void check(Retry retry) {
    if (retry.attempts() < 1 || retry.backoff().isNegative() || retry.timeout().isNegative()
        || retry.timeout().isZero()) {
      throw new IllegalArgumentException(String.format(
          "Invalid retry: attempts %d (must be at least 1), backoff %s (must not be negative), timeout %s "
              + "(must be positive)", retry.attempts(), retry.backoff(), retry.timeout()));
    }
  }

  /** Sleeps; false if the thread was interrupted, which ends the retries (the flag stays set). */
  private static boolean pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
