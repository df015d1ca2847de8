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
  private final String landing;
  private final RunState state;
  private final List<CuratedTables> outputs;
  private final Set<CuratedTables> created = new HashSet<>();
  private final boolean dryRun;
  private boolean prepared;

  /** @param outputs the curated tables the run's stages write */
  RunContext(SparkSession spark, Warehouse warehouse, RunInfo run, String landing, RunState state,
      List<CuratedTables> outputs, boolean dryRun) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.run = run;
    this.landing = landing;
    this.state = state;
    this.outputs = outputs;
    this.dryRun = dryRun;
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
    return landing;
  }

  /** Whether this run only says what it would write and send ({@code scorecard alerts --dry-run}). */
  public boolean dryRun() {
    return dryRun;
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
