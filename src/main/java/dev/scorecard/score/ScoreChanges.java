package dev.scorecard.score;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import dev.scorecard.publish.CuratedTables;
import dev.scorecard.spark.Columns;
import dev.scorecard.spark.PeriodColumns;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * What moved each node's score from the period before, split exactly into contributions.
 *
 * <p>A node's score is a weighted mean of weighted means, so it is {@code sum(W_k * s_k)} over its
 * scored KPIs, where a KPI's effective weight {@code W_k} is its share of its objective's scored
 * KPI weights, times the objective's share of its perspective's scored objective weights, times
 * the perspective's share of the node's scored perspective weights. Then, from period 0 to 1:
 *
 * <ul>
 *   <li>each KPI scored in both contributes {@code W_k(1) * (s_k(1) - s_k(0))}: its weight now
 *       times the change of its score;
 *   <li>{@code renormalisation} is the rest of {@code S(1) - S(0)}: KPIs that gained or lost a
 *       score, and the shift of the other weights that this brings.
 * </ul>
 *
 * The contributions of a node and period sum to {@code score - prior_score} by construction
 * (0 renormalisation when the same KPIs are scored in both periods). A node scored in only one
 * of the two periods has no rows.
 */
public final class ScoreChanges {
  private static final String[] NODE = {"tenant_id", "node_level", "node_id", "period_grain", "period_start"};
  private static final String[] SERIES = {"tenant_id", "node_level", "node_id", "period_grain"};
  public static final String RENORMALISATION = "renormalisation";

  private ScoreChanges() {}

  /**
   * The rows of {@code score_changes} for the periods present in the tables given, each
   * measured against the period before it when that one is present too.
   */
  public static Dataset<Row> of(Dataset<Row> kpiScores, Dataset<Row> objectiveScores, Dataset<Row> perspectiveScores,
      Dataset<Row> scorecard) {
    Dataset<Row> weighted = effectiveWeights(kpiScores, objectiveScores, perspectiveScores);
    Dataset<Row> prior = kpiScores.filter(col("score").isNotNull()).select(col("tenant_id"), col("node_level"),
        col("node_id"), col("period_grain"), col("period_start").as("_prior_start"), col("kpi_id"),
        col("score").as("kpi_prior_score"));
    Dataset<Row> perKpi = weighted.withColumn("_prior_start", previous())
        .join(prior, Columns.seq(with(SERIES, "_prior_start", "kpi_id")))
        .withColumn("contribution", col("weight").multiply(col("kpi_score").minus(col("kpi_prior_score"))));
    Dataset<Row> nodes = nodeChanges(scorecard);
    Dataset<Row> kpiRows = nodes.join(perKpi.drop("_prior_start"), Columns.seq(NODE)).select(
        col("tenant_id"), col("node_level"), col("node_id"), col("period_grain"), col("period_start"),
        col("kpi_id").as("contributor"), col("prior_score"), col("score"), col("contribution"), col("objective_id"),
        col("perspective_id"), col("kpi_prior_score"), col("kpi_score"), col("weight"), col("provisional"));
    Dataset<Row> explained = perKpi.groupBy(Columns.of(NODE)).agg(sum("contribution").as("_explained"));
    Dataset<Row> rest = nodes.join(explained, Columns.seq(NODE), "left").select(
        col("tenant_id"), col("node_level"), col("node_id"), col("period_grain"), col("period_start"),
        lit(RENORMALISATION).as("contributor"), col("prior_score"), col("score"),
        col("score").minus(col("prior_score")).minus(coalesce(col("_explained"), lit(0.0))).as("contribution"),
        lit(null).cast("string").as("objective_id"), lit(null).cast("string").as("perspective_id"),
        lit(null).cast("double").as("kpi_prior_score"), lit(null).cast("double").as("kpi_score"),
        lit(null).cast("double").as("weight"), col("provisional"));
    return kpiRows.unionByName(rest).select(CuratedTables.SCORE_CHANGES.columns());
  }

  /** Each scored KPI with its effective weight in its node's score: (node..., kpi_id, kpi_score, weight). */
  static Dataset<Row> effectiveWeights(Dataset<Row> kpiScores, Dataset<Row> objectiveScores,
      Dataset<Row> perspectiveScores) {
    Dataset<Row> kpis = kpiScores.filter(col("score").isNotNull())
        .withColumn("_kw", share(col("weight"), "objective_id"))
        .select(col("tenant_id"), col("node_level"), col("node_id"), col("period_grain"), col("period_start"),
            col("kpi_id"), col("objective_id"), col("perspective_id"), col("score").as("kpi_score"), col("_kw"));
    Dataset<Row> objectives = objectiveScores.filter(col("score").isNotNull())
        .withColumn("_ow", share(col("weight"), "perspective_id"))
        .select(col("tenant_id"), col("node_level"), col("node_id"), col("period_grain"), col("period_start"),
            col("objective_id"), col("_ow"));
    Dataset<Row> perspectives = perspectiveScores.filter(col("score").isNotNull())
        .withColumn("_pw", share(col("weight"), null))
        .select(col("tenant_id"), col("node_level"), col("node_id"), col("period_grain"), col("period_start"),
            col("perspective_id"), col("_pw"));
    return kpis.join(objectives, Columns.seq(with(NODE, "objective_id")))
        .join(perspectives, Columns.seq(with(NODE, "perspective_id")))
        .withColumn("weight", col("_kw").multiply(col("_ow")).multiply(col("_pw")))
        .drop("_kw", "_ow", "_pw");
  }

  /** Each node's score with its score of the period before, where both exist. */
  private static Dataset<Row> nodeChanges(Dataset<Row> scorecard) {
    Dataset<Row> scored = scorecard.filter(col("score").isNotNull());
    Dataset<Row> before = scored.select(col("tenant_id"), col("node_level"), col("node_id"), col("period_grain"),
        col("period_start").as("_prior_start"), col("score").as("prior_score"));
    return scored.withColumn("_prior_start", previous())
        .join(before, Columns.seq(with(SERIES, "_prior_start")))
        .select(col("tenant_id"), col("node_level"), col("node_id"), col("period_grain"), col("period_start"),
            col("prior_score"), col("score"), col("provisional"));
  }

  /** A weight as a share of the scored weights beside it: within {@code group} at the node, or the whole node. */
  private static Column share(Column weight, String group) {
    String[] keys = group == null ? NODE : with(NODE, group);
    return weight.divide(sum(weight).over(Window.partitionBy(Columns.of(keys))));
  }

  private static Column previous() {
    return PeriodColumns.shift(col("period_start"), col("period_grain"), -1);
  }

  private static String[] with(String[] names, String... more) {
    String[] out = Arrays.copyOf(names, names.length + more.length);
    System.arraycopy(more, 0, out, names.length, more.length);
    return out;
  }
}
