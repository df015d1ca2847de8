package dev.scorecard.pipeline;

import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.RunInfo;
import dev.scorecard.publish.RunState;
import dev.scorecard.publish.Warehouse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * What every stage of one run shares: Spark, the warehouse, the run's identity, the landing folder,
 * the run state, and which curated tables this run created because they were missing.
 */
public final class RunContext {
  private final SparkSession spark;
  private final Warehouse warehouse;
  private final RunInfo run;
  private final RunRequest request;
  private final RunState state;
  private final List<CuratedTables> outputs;
  private final Set<CuratedTables> created = new HashSet<>();
  private boolean prepared;

  /** @param outputs the curated tables the run's stages write */
  RunContext(SparkSession spark, Warehouse warehouse, RunInfo run, RunRequest request, RunState state,
      List<CuratedTables> outputs) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.run = run;
    this.request = request;
    this.state = state;
    this.outputs = outputs;
  }

  public SparkSession spark() {
    return spark;
  }

  public Warehouse warehouse() {
    return warehouse;
  }

  public RunInfo run() {
    return run;
  }

  public String landing() {
    return request.landing();
  }

  /** Whether this run only says what it would write and send ({@code scorecard alerts --dry-run}). */
  public boolean dryRun() {
    return request.dryRun();
  }

  /** The value of an environment variable a config names for a secret, or null when it is not set. */
  public String environment(String name) {
    return request.environment().apply(name);
  }

  public RunState state() {
    return state;
  }

  /**
   * Creates the run's missing output tables at once, side by side, the first time a stage is
   * about to write (not before: a run whose every tenant is rejected writes nothing).
   */
  void prepareOutputs() {
    if (!prepared) {
      // Each creation is a commit of a second or so, mostly waiting: side by side they overlap.
      List<CuratedTables> missing = outputs.stream().filter(t -> !warehouse.exists(t)).toList();
      Parallel.run(missing.stream().<Runnable>map(t -> () -> warehouse.create(t)).toList());
      created.addAll(missing);
      prepared = true;
    }
  }

  /** Whether the table holds rows of earlier runs: it existed before this run created it. */
  boolean existed(CuratedTables table) {
    return !created.contains(table) && warehouse.exists(table);
  }
}
