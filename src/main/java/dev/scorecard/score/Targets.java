package dev.scorecard.score;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import dev.scorecard.config.TargetSpec;
import dev.scorecard.config.TenantConfig;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * Finds the target that applies to each KPI value: the most specific match wins, in the order
 * period and node, period and level, period alone, node, level, any level. Adds {@code target},
 * {@code baseline}, {@code green} and {@code amber} (the target's thresholds, else the KPI's).
 */
public final class Targets {
  private Targets() {}

  /** Specificity of a target: a period beats a node, which beats a level. */
  static int priority(TargetSpec t) {
    return (t.period().isPresent() ? 8 : 0) + (t.node().isPresent() ? 4 : 0) + (t.level().isPresent() ? 2 : 0);
  }

  public static Dataset<Row> resolve(SparkSession spark, TenantConfig tenant, Dataset<Row> values) {
    Dataset<Row> targets = spark.createDataFrame(rows(tenant.targets()), ConfigFrames.schema("_t_kpi", "_t_grain",
            "_t_level", "_t_node").add("_t_period", DataTypes.DateType).add("target", DataTypes.DoubleType)
        .add("baseline", DataTypes.DoubleType).add("_t_green", DataTypes.DoubleType)
        .add("_t_amber", DataTypes.DoubleType).add("_t_priority", DataTypes.IntegerType));
    Column matches = col("kpi_id").equalTo(col("_t_kpi"))
        .and(col("period_grain").equalTo(col("_t_grain")))
        .and(col("_t_level").isNull().or(col("_t_level").equalTo(col("node_level"))))
        .and(col("_t_node").isNull().or(col("_t_node").equalTo(col("node_id"))))
        .and(col("_t_period").isNull().or(col("_t_period").equalTo(col("period_start"))));
    Column best = row_number().over(Window.partitionBy("kpi_id", "node_level", "node_id", "period_grain", "period_start")
        .orderBy(col("_t_priority").desc_nulls_last()));
    return values.join(broadcast(targets), matches, "left")
        .withColumn("_t_rank", best)
        .filter(col("_t_rank").equalTo(1))
        .withColumn("green", coalesce(col("_t_green"), col("kpi_green")))
        .withColumn("amber", coalesce(col("_t_amber"), col("kpi_amber")));
  }

  private static List<Row> rows(List<TargetSpec> targets) {
    return targets.stream().map(t -> RowFactory.create(t.kpi(), t.grain().id(),
        t.level().map(l -> l.id()).orElse(null), t.node().orElse(null), t.period().map(java.sql.Date::valueOf).orElse(null),
        t.target(), t.baseline().orElse(null), t.green().orElse(null), t.amber().orElse(null), priority(t))).toList();
  }
}
