package dev.scorecard.forecast;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.scorecard.config.Level;
import dev.scorecard.spark.Columns;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Makes the forecasts of an additive KPI coherent up the hierarchy, bottom-up: a region's
 * forecast is the sum of its locations' forecasts, and the org's the sum of all locations'.
 *
 * <p>Why bottom-up: locations are where owners act and where targets are cascaded, so their own
 * forecasts stay untouched, and a region's number then always equals what its locations'
 * forecasts add up to. The spread of a region or the org stays the one its own series' model
 * estimated: summing the locations' variances would assume they move independently, while the
 * aggregate series' own errors already show how much they move together. A reconciled row's
 * model reads {@code bottom-up:<its own model>}. Non-additive KPIs (ratios, averages, distinct
 * counts, growth) keep each node's own forecast.
 */
final class Reconciliation {
  private static final String[] PERIOD = {"tenant_id", "kpi_id", "period_grain", "period_start"};

  private Reconciliation() {}

  /**
   * @param forecasts rows of {@link Forecasts#FORECAST_ROWS}
   * @param parents every node of the tenants with its parent (tenant_id, node_level, node_id, parent_node_id)
   * @param additive the additive KPIs of each tenant (tenant_id, kpi_id)
   */
  static Dataset<Row> bottomUp(Dataset<Row> forecasts, Dataset<Row> parents, Dataset<Row> additive) {
    Dataset<Row> locations = forecasts.filter(col("node_level").equalTo(Level.LOCATION.id()))
        .join(broadcast(additive), Columns.seq("tenant_id", "kpi_id"), "left_semi")
        .join(broadcast(parents), Columns.seq("tenant_id", "node_level", "node_id"));
    Dataset<Row> regions = locations.groupBy(col(PERIOD[0]), col(PERIOD[1]), col(PERIOD[2]), col(PERIOD[3]),
            col("parent_node_id").as("node_id"))
        .agg(sum("forecast").as("bottom_up"))
        .withColumn("node_level", lit(Level.REGION.id()));
    Dataset<Row> org = locations.groupBy(col(PERIOD[0]), col(PERIOD[1]), col(PERIOD[2]), col(PERIOD[3]))
        .agg(sum("forecast").as("bottom_up"))
        .withColumn("node_id", col("tenant_id"))
        .withColumn("node_level", lit(Level.ORG.id()));
    Dataset<Row> sums = regions.unionByName(org);
    Column shifted = col("bottom_up").isNotNull();
    return forecasts.join(sums, Columns.seq("tenant_id", "kpi_id", "node_level", "node_id", "period_grain",
            "period_start"), "left")
        .withColumn("forecast", coalesce(col("bottom_up"), col("forecast")))
        .withColumn("model", when(shifted, concat(lit("bottom-up:"), col("model"))).otherwise(col("model")))
        .drop("bottom_up");
  }
}
