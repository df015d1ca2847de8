package dev.scorecard.publish;

import io.delta.exceptions.DeltaConcurrentModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a Delta write that lost a race with another writer. Runs for different tenants write
 * disjoint partitions, which Delta's optimistic concurrency lets commit side by side; a conflict
 * can still arise, for example when two runs create a table at once, and then the write is simply
 * tried again (it replaces the same rows, so trying twice is safe).
 */
final class Retry {
  private static final Logger LOG = LoggerFactory.getLogger(Retry.class);
  static final int ATTEMPTS = 5;

  private Retry() {}

  static void onConflict(String what, Runnable write) {
    for (int attempt = 1; ; attempt++) {
      try {
        write.run();
        return;
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isConflict(e)) {
          throw e;
        }
        LOG.warn("{}: concurrent Delta commit ({}); retrying, attempt {} of {}", what, e.getClass().getSimpleName(),
            attempt + 1, ATTEMPTS);
        sleep(200L * attempt);
      }
    }
  }

  /** Waits before attempt {@code attempt + 1} of a write that lost a race. */
  static void pause(String what, Throwable e, int attempt) {
    LOG.warn("{}: concurrent Delta commit ({}); retrying, attempt {} of {}", what, e.getClass().getSimpleName(),
        attempt + 1, ATTEMPTS);
    sleep(200L * attempt);
  }

  private static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DeltaConcurrentModificationException) {
        return true;
      }
    }
    return false;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to retry a Delta write", e);
    }
  }
}
