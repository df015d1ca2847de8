package dev.scorecard.pipeline;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent writes side by side. Most of a small Delta write is driver-side latency (log
 * reads, commit), so several writes to different tables overlap well even on two cores; Spark
 * schedules their jobs fairly. The first failure is rethrown once all have finished.
 */
final class Parallel {
  static final int THREADS = 4;

  private Parallel() {}

  static void run(List<Runnable> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, Math.max(1, tasks.size())));
    try {
      List<Future<?>> futures = tasks.stream().<Future<?>>map(pool::submit).toList();
      RuntimeException failure = null;
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          failure = failure != null ? failure
              : e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while writing", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdown();
    }
  }
}
