package dev.scorecard.pipeline;

import dev.scorecard.publish.RunInfo;
import dev.scorecard.publish.RunState;
import dev.scorecard.publish.Warehouse;
import org.apache.spark.sql.SparkSession;

/** What every stage of one run shares: Spark, the warehouse, the run's identity, the landing folder, the run state. */
public record RunContext(SparkSession spark, Warehouse warehouse, RunInfo run, String landing, RunState state) {}
