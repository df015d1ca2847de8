package dev.scorecard.forecast;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import dev.scorecard.config.ConfigEnum;
import dev.scorecard.config.Direction;
import dev.scorecard.config.Grain;
import dev.scorecard.config.Periods;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.score.ConfigFrames;
import dev.scorecard.score.Targets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Forecasts every KPI series of a tenant (one KPI at one node and grain) from its complete
 * periods: each series is gathered into one row and fitted in plain Java on the executors, then
 * the forecast periods meet their targets and get the probability of meeting them.
 */
public final class ForecastStage {
  private static final String[] SERIES = {"tenant_id", "kpi_id", "node_level", "node_id", "period_grain"};
  private static final StructType FORECAST_ROWS = new StructType()
      .add("tenant_id", DataTypes.StringType).add("kpi_id", DataTypes.StringType)
      .add("node_level", DataTypes.StringType).add("node_id", DataTypes.StringType)
      .add("period_grain", DataTypes.StringType).add("period_start", DataTypes.DateType)
      .add("forecast", DataTypes.DoubleType).add("lower_80", DataTypes.DoubleType).add("upper_80", DataTypes.DoubleType)
      .add("lower_95", DataTypes.DoubleType).add("upper_95", DataTypes.DoubleType).add("sd", DataTypes.DoubleType)
      .add("model", DataTypes.StringType).add("backtest_smape", DataTypes.DoubleType);

  private static final UserDefinedFunction PROBABILITY = udf((UDF4<Double, Double, Double, String, Double>)
      (mean, sd, target, direction) -> mean == null || target == null ? null
          : TargetProbability.probMeet(mean, sd, target, Direction.HIGHER_IS_BETTER.id().equals(direction)),
      DataTypes.DoubleType);

  private ForecastStage() {}

  /** The {@code forecasts} rows of one tenant (without run_id and computed_at). */
  public static Dataset<Row> forecast(SparkSession spark, TenantConfig tenant, Dataset<Row> kpiValues) {
    Dataset<Row> series = kpiValues.filter(col("is_complete").and(col("value").isNotNull()))
        .groupBy(SERIES[0], SERIES[1], SERIES[2], SERIES[3], SERIES[4])
        .agg(sort_array(collect_list(struct(col("period_start"), col("value")))).as("points"));
    Dataset<Row> forecasts = series.flatMap((FlatMapFunction<Row, Row>) ForecastStage::forecastRows,
        Encoders.row(FORECAST_ROWS));
    Dataset<Row> withTargets = Targets.resolve(spark, tenant,
        forecasts.join(broadcast(ConfigFrames.kpiMeta(spark, tenant)), "kpi_id"));
    return withTargets
        .withColumn("prob_meet_target", PROBABILITY.apply(col("forecast"), col("sd"), col("target"), col("direction")))
        .select(CuratedTables.FORECASTS.columns());
  }

  /** The forecast periods of one series, after its last complete period. */
  static Iterator<Row> forecastRows(Row series) {
    List<Row> points = series.getList(5);
    Grain grain = ConfigEnum.parse(Grain.class, series.getString(4)).orElseThrow();
    double[] y = points.stream().mapToDouble(p -> p.getDouble(1)).toArray();
    LocalDate last = points.get(points.size() - 1).getDate(0).toLocalDate();
    SeriesForecast f = SeriesForecast.of(y, grain);
    Forecast fc = f.forecast();
    double[] lower80 = fc.lower(Forecast.LEVEL_80);
    double[] upper80 = fc.upper(Forecast.LEVEL_80);
    double[] lower95 = fc.lower(Forecast.LEVEL_95);
    double[] upper95 = fc.upper(Forecast.LEVEL_95);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < fc.horizon(); i++) {
      rows.add(RowFactory.create(series.getString(0), series.getString(1), series.getString(2), series.getString(3),
          series.getString(4), Date.valueOf(Periods.shift(last, grain, i + 1)), fc.mean()[i], lower80[i], upper80[i],
          lower95[i], upper95[i], fc.sd()[i], f.model(), f.backtestSmape()));
    }
    return rows.iterator();
  }
}
