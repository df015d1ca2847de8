package dev.scorecard.score;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The four score tables of one tenant, from KPI up to the whole scorecard of each node. */
public record ScoreTables(
    Dataset<Row> kpiScores, Dataset<Row> objectiveScores, Dataset<Row> perspectiveScores, Dataset<Row> scorecard) {}
