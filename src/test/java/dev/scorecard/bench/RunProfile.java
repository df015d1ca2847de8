package dev.scorecard.bench;

import dev.scorecard.cli.Main;
import dev.scorecard.spark.Sessions;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Where one command's wall time goes: runs {@code scorecard <args>} in this JVM and prints
 *
 * <ul>
 *   <li>the Spark jobs, by description (Delta names its own: "Compute snapshot", "Filtering files
 *       for query", "Rewriting N files for DELETE"; the engine's queries have none), with their
 *       count and summed time;
 *   <li>the engine lines the driver's thread was at, sampled every 20 ms: each sample is the
 *       innermost {@code depth} frames of the engine (outside {@code cli}), so the time a write or
 *       a collect waits for its Spark jobs is charged to the line that asked for it.
 * </ul>
 *
 * <p>A wall-clock profile, not a CPU one: a line that waits for work on other threads (a
 * {@code Parallel.run}, a Spark job) counts its whole wait. Run by {@code bench/profile-run.sh}.
 *
 * <p>{@code RunProfile <scorecard arguments...>}; {@code -Dprofile.depth=N} frames per sample
 * (default 3), {@code -Dprofile.top=N} lines printed (default 40).
 */
public final class RunProfile {
  private static final long SAMPLE_MILLIS = 20;

  private RunProfile() {}

  public static void main(String[] args) throws InterruptedException {
    int depth = Integer.getInteger("profile.depth", 3);
    int top = Integer.getInteger("profile.top", 40);
    // The engine's own session (its defaults and settings), made first so the listener sees every job.
    SparkSession spark = Sessions.create("local[*]", "scorecard");
    Jobs jobs = new Jobs();
    spark.sparkContext().addSparkListener(jobs);
    Map<String, LongAdder> lines = new ConcurrentHashMap<>();
    Thread driver = Thread.currentThread();
    Thread sampler = new Thread(() -> sample(driver, depth, lines), "run-profile-sampler");
    sampler.setDaemon(true);
    sampler.start();

    long start = System.nanoTime();
    int code = Main.execute(args);
    double wall = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    sampler.join();

    System.out.printf("%nexit %d, %.1f s wall, %d Spark jobs, %.1f s summed job time%n", code, wall,
        jobs.count.values().stream().mapToLong(LongAdder::sum).sum(),
        jobs.nanos.values().stream().mapToLong(LongAdder::sum).sum() / 1e9);
    System.out.println("\nSpark jobs by description (s, count):");
    jobs.nanos.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(top)
        .forEach(e -> System.out.printf("%8.2f %5d  %s%n", e.getValue().sum() / 1e9, jobs.count.get(e.getKey()).sum(),
            e.getKey()));
    System.out.println("\nDriver thread by engine line (s):");
    lines.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(top)
        .forEach(e -> System.out.printf("%8.2f  %s%n", e.getValue().sum() * SAMPLE_MILLIS / 1000.0, e.getKey()));
    System.exit(code);
  }

  private static void sample(Thread driver, int depth, Map<String, LongAdder> lines) {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      String line = String.join(" < ", Arrays.stream(driver.getStackTrace())
          .filter(f -> f.getClassName().startsWith("dev.scorecard.") && !f.getClassName().startsWith("dev.scorecard.cli."))
          .limit(depth)
          .map(f -> f.getClassName().substring("dev.scorecard.".length()).replaceAll("\\$\\$Lambda.*", "(lambda)")
              + "." + f.getMethodName() + ":" + f.getLineNumber())
          .toList());
      lines.computeIfAbsent(line.isEmpty() ? "(outside the engine)" : line, k -> new LongAdder()).increment();
    }
  }

  /** Count and summed time of the Spark jobs, by description. */
  private static final class Jobs extends SparkListener {
    final Map<String, LongAdder> count = new ConcurrentHashMap<>();
    final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<Integer, String> descriptions = new ConcurrentHashMap<>();
    private final Map<Integer, Long> starts = new ConcurrentHashMap<>();

    @Override
    public void onJobStart(SparkListenerJobStart job) {
      String description = job.properties() == null ? null : job.properties().getProperty("spark.job.description");
      descriptions.put(job.jobId(), description == null ? "(the engine's queries)" : description);
      starts.put(job.jobId(), job.time());
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd job) {
      Long start = starts.remove(job.jobId());
      String description = descriptions.remove(job.jobId());
      if (start != null) {
        count.computeIfAbsent(description, k -> new LongAdder()).increment();
        nanos.computeIfAbsent(description, k -> new LongAdder()).add((job.time() - start) * 1_000_000);
      }
    }
  }
}
