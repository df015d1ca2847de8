package dev.scorecard.score;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.scorecard.config.ConfigEnum;
import dev.scorecard.config.Direction;
import dev.scorecard.config.ScoringMethod;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.model.KpiScore;
import dev.scorecard.model.Status;
import dev.scorecard.model.Thresholds;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.spark.Columns;
import dev.scorecard.spark.ConfigFrames;
import dev.scorecard.spark.PriorPeriods;
import dev.scorecard.spark.TargetColumns;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * Scores the KPI values of every tenant of a batch against their targets and rolls the scores up,
 * in one Spark plan: KPI to objective to perspective to the node's whole scorecard, each level the
 * weighted mean of its scored children with weights renormalised over what was scored
 * ({@link dev.scorecard.model.Rollup}). Nodes are then ranked among their peers (same tenant,
 * level, parent and period; {@link dev.scorecard.model.PeerRanks}).
 */
public final class Scores {
  private static final String[] PERIOD_KEY = {"tenant_id", "node_level", "node_id", "period_grain", "period_start"};

  private static final UserDefinedFunction SCORE = udf((UDF5<Double, Double, Double, String, String, Double>)
      (value, target, baseline, method, direction) -> KpiScore.score(value, target, baseline,
          ConfigEnum.parse(ScoringMethod.class, method).orElseThrow(),
          ConfigEnum.parse(Direction.class, direction).orElseThrow()),
      DataTypes.DoubleType);

  private static final UserDefinedFunction STATUS = udf((UDF5<Double, Double, Double, Double, Double, String>)
      (value, target, score, green, amber) -> Status.ofKpi(value, target, score, new Thresholds(green, amber)).id(),
      DataTypes.StringType);

  private static final UserDefinedFunction ROLLUP_STATUS = udf((UDF1<Double, String>)
      score -> Status.ofRollup(score).id(), DataTypes.StringType);

  private Scores() {}

  /**
   * The four tables. Each level is cached as it is computed, since the level above reads it and
   * each is also written: the caller unpersists them (or clears the cache) once written.
   */
  public static ScoreTables score(SparkSession spark, List<TenantConfig> tenants, Dataset<Row> kpiValues,
      LocalDate asOf) {
    Dataset<Row> kpiScores = kpiScores(spark, tenants, kpiValues, asOf).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> objectiveScores = objectiveScores(spark, tenants, kpiScores).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> perspectiveScores = perspectiveScores(spark, tenants, objectiveScores)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> scorecard = scorecard(spark, tenants, perspectiveScores);
    return new ScoreTables(kpiScores, objectiveScores, perspectiveScores, scorecard);
  }

  /**
   * KPI values against their targets. A period in progress at the as-of date is scored
   * provisionally: an additive KPI (revenue, orders) against the share of its target and baseline
   * that the days so far make up (the as-of day included), so as of the 25th a 30-day month is
   * measured against 25/30 of the month's target; any other KPI (a ratio, an average, a count of distinct) against its target
   * as it is. Growth has no value in such a period ({@code KpiValues}). Complete periods are
   * scored against their whole targets.
   */
  static Dataset<Row> kpiScores(SparkSession spark, List<TenantConfig> tenants, Dataset<Row> kpiValues,
      LocalDate asOf) {
    Dataset<Row> joined = kpiValues.join(broadcast(ConfigFrames.kpiMeta(spark, tenants)), Columns.seq("tenant_id", "kpi_id"))
        .withColumn("_target", TargetColumns.target(spark, tenants))
        .withColumn("prior_value", PriorPeriods.previous(col("value"), col("period_start"), col("period_grain"),
            Columns.of("tenant_id", "kpi_id", "node_level", "node_id", "period_grain")));
    Column provisional = not(col("is_complete"));
    // The as-of day counts: its rows are in the value (the KPI stage reads up to it, inclusive).
    Column elapsed = datediff(lit(Date.valueOf(asOf)), col("period_start")).plus(1);
    Column days = datediff(col("period_end"), col("period_start")).plus(1);
    Column share = when(provisional.and(col("additive")), greatest(lit(0.0), least(lit(1.0), elapsed.divide(days))))
        .otherwise(lit(1.0));
    Column value = col("value");
    Column target = col("_target.target").multiply(share);
    Column baseline = col("_target.baseline").multiply(share);
    Column score = SCORE.apply(value, target, baseline, col("method"), col("direction"));
    return joined
        .withColumn("target", target)
        .withColumn("baseline", baseline)
        .withColumn("provisional", provisional)
        .withColumn("score", score)
        .withColumn("status", STATUS.apply(value, target, col("score"), col("_target.green"), col("_target.amber")))
        .withColumn("variance", value.minus(target))
        .withColumn("variance_pct", when(target.notEqual(0), value.minus(target).multiply(100).divide(abs(target))))
        .withColumn("change_pct", when(col("prior_value").notEqual(0),
            value.minus(col("prior_value")).multiply(100).divide(abs(col("prior_value")))))
        .select(CuratedTables.KPI_SCORES.columns());
  }

  static Dataset<Row> objectiveScores(SparkSession spark, List<TenantConfig> tenants, Dataset<Row> kpiScores) {
    Dataset<Row> rolled = rollup(kpiScores, "objective_id", "kpis_scored")
        .withColumn("kpis_missing", col("_children").minus(col("kpis_scored")).cast("int"));
    return rolled.join(broadcast(ConfigFrames.objectiveMeta(spark, tenants)), Columns.seq("tenant_id", "objective_id"))
        .select(CuratedTables.OBJECTIVE_SCORES.columns());
  }

  static Dataset<Row> perspectiveScores(SparkSession spark, List<TenantConfig> tenants, Dataset<Row> objectiveScores) {
    return rollup(objectiveScores, "perspective_id", "objectives_scored")
        .join(broadcast(ConfigFrames.perspectiveMeta(spark, tenants)), Columns.seq("tenant_id", "perspective_id"))
        .select(CuratedTables.PERSPECTIVE_SCORES.columns());
  }

  static Dataset<Row> scorecard(SparkSession spark, List<TenantConfig> tenants, Dataset<Row> perspectiveScores) {
    Dataset<Row> whole = rollup(perspectiveScores, null, "_scored")
        .join(broadcast(ConfigFrames.parents(spark, tenants)), Columns.seq("tenant_id", "node_level", "node_id"));
    WindowSpec peers = Window.partitionBy("tenant_id", "node_level", "parent_node_id", "period_grain", "period_start");
    Column scored = col("score").isNotNull();
    Column rank = when(scored, rank().over(peers.orderBy(col("score").desc_nulls_last())));
    Column peerCount = count(col("score")).over(peers);
    return whole
        .withColumn("rank_in_peers", rank.cast("int"))
        .withColumn("peer_count", peerCount.cast("int"))
        .withColumn("percentile", when(scored, when(col("peer_count").leq(1), lit(100.0))
            .otherwise(lit(100.0).multiply(col("peer_count").minus(col("rank_in_peers"))).divide(col("peer_count").minus(1)))))
        .select(CuratedTables.SCORECARD.columns());
  }

  /**
   * The weighted mean of children's scores per node and period (grouped by {@code parentKey} too,
   * when given): {@code sum(w * s) / sum(w)} over children with a score, so missing children drop
   * out and the rest are renormalised. Adds the count of scored children and of all children.
   */
  private static Dataset<Row> rollup(Dataset<Row> children, String parentKey, String scoredName) {
    Column scored = col("score").isNotNull();
    Column weightedSum = sum(when(scored, col("score").multiply(col("weight"))));
    Column weightSum = sum(when(scored, col("weight")));
    Column[] keys = parentKey == null ? Columns.of(PERIOD_KEY) : Columns.of(append(PERIOD_KEY, parentKey));
    Dataset<Row> rolled = children.groupBy(keys).agg(
        weightedSum.divide(weightSum).as("score"),
        count(col("score")).cast("int").as(scoredName),
        count(lit(1)).as("_children"),
        max(col("provisional")).as("provisional"));
    return rolled.withColumn("status", ROLLUP_STATUS.apply(col("score")));
  }

  private static String[] append(String[] names, String name) {
    String[] out = java.util.Arrays.copyOf(names, names.length + 1);
    out[names.length] = name;
    return out;
  }
}
