package dev.scorecard.forecast;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
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
import dev.scorecard.spark.Columns;
import dev.scorecard.spark.ConfigFrames;
import dev.scorecard.spark.TargetColumns;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Forecasts every KPI series of a batch's tenants (one KPI at one node and grain) from its complete
 * periods, in one Spark plan: each series is gathered into one row and fitted in plain Java on the
 * executors, or keeps an earlier night's fit when its points did not change ({@link SeriesFits}).
 * For an additive or ratio KPI the period open at the as-of date becomes its actual to date plus
 * the forecast of the rest ({@link OpenPeriod}), and regions and the org are reconciled bottom-up
 * with their locations ({@link Reconciliation}). Last, forecasts and bounds are cut to the KPI's
 * {@link Limits}, and the forecast periods meet their targets and get the probability of meeting them.
 */
public final class Forecasts {
  private static final String[] SERIES = {"tenant_id", "kpi_id", "node_level", "node_id", "period_grain"};
  static final StructType FORECAST_ROWS = new StructType()
      .add("tenant_id", DataTypes.StringType).add("kpi_id", DataTypes.StringType)
      .add("node_level", DataTypes.StringType).add("node_id", DataTypes.StringType)
      .add("period_grain", DataTypes.StringType).add("period_start", DataTypes.DateType)
      .add("forecast", DataTypes.DoubleType).add("sd", DataTypes.DoubleType)
      .add("model", DataTypes.StringType).add("backtest_smape", DataTypes.DoubleType)
      .add("actual_to_date", DataTypes.DoubleType)
      .add("floor", DataTypes.DoubleType).add("ceiling", DataTypes.DoubleType).add("df", DataTypes.DoubleType);

  private static final UserDefinedFunction PROBABILITY = udf((UDF5<Double, Double, Double, String, Double, Double>)
      (mean, sd, target, direction, df) -> mean == null || target == null ? null
          : TargetProbability.probMeet(mean, sd, target, Direction.HIGHER_IS_BETTER.id().equals(direction), df),
      DataTypes.DoubleType);
  private static final UserDefinedFunction MULTIPLIER_80 = udf((UDF1<Double, Double>)
      df -> Forecast.multiplier(Forecast.LEVEL_80, df), DataTypes.DoubleType);
  private static final UserDefinedFunction MULTIPLIER_95 = udf((UDF1<Double, Double>)
      df -> Forecast.multiplier(Forecast.LEVEL_95, df), DataTypes.DoubleType);

  private Forecasts() {}

  /**
   * The {@code forecasts} rows and the {@code forecast_fits} rows of a batch (without run_id and
   * computed_at), the fits with a column {@code refit}: whether the series was fitted in this run.
   */
  public record Result(Dataset<Row> forecasts, Dataset<Row> fits) {}

  private static Column[] fitsColumns() {
    Column[] fits = CuratedTables.FORECAST_FITS.columns();
    Column[] withRefit = java.util.Arrays.copyOf(fits, fits.length + 1);
    withRefit[fits.length] = col("refit");
    return withRefit;
  }

  /** The {@code forecasts} rows of the tenants, every series fitted afresh. */
  public static Dataset<Row> forecast(SparkSession spark, List<TenantConfig> tenants, Dataset<Row> kpiValues,
      LocalDate asOf, Map<String, Map<String, LocalDate>> dataThrough) {
    return forecast(spark, tenants, kpiValues, asOf, dataThrough, null).forecasts();
  }

  /**
   * The {@code forecasts} and {@code forecast_fits} rows of the tenants.
   *
   * @param dataThrough per tenant and additive or ratio KPI, the latest day of data
   *     ({@link AdditiveKpis#dataThrough}); a KPI left out keeps the model's forecast for its open period
   * @param previousFits {@code forecast_fits} rows that may be reused (of tenants whose config did
   *     not change since), or null to fit every series: a series whose points hash the same as
   *     its previous fit's keeps that fit's model, means and sds instead of being fitted again
   */
  public static Result forecast(SparkSession spark, List<TenantConfig> tenants, Dataset<Row> kpiValues,
      LocalDate asOf, Map<String, Map<String, LocalDate>> dataThrough, Dataset<Row> previousFits) {
    Map<String, LocalDate> through = new HashMap<>();
    dataThrough.forEach((tenant, byKpi) -> byKpi.forEach((kpi, day) ->
        through.put(tenant + "|" + kpi, day.isBefore(asOf) ? day : asOf)));
    Map<String, int[]> horizons = new HashMap<>();
    Map<String, Limits> limits = new HashMap<>();
    Map<String, Double> ratioScales = new HashMap<>();
    for (TenantConfig t : tenants) {
      t.kpis().values().forEach(k -> limits.put(t.tenantId() + "|" + k.id(), Limits.of(t, k)));
      t.kpis().values().stream().filter(k -> !t.ratioMeasures(k).isEmpty())
          .forEach(k -> ratioScales.put(t.tenantId() + "|" + k.id(), k.scale()));
      int[] h = new int[Grain.values().length];
      for (Grain g : Grain.values()) {
        h[g.ordinal()] = t.forecast().horizon(g);
      }
      horizons.put(t.tenantId(), h);
    }
    // Fitted once: the fits table and the forecasts both read them, and reconciliation reads the
    // forecasts twice; without a checkpoint Spark would fit every series again for each read.
    // Series are few bytes but much work each: spread them over every core, as adaptive execution
    // would pack them into the few partitions their bytes fill (one core fitting for all).
    int slices = 4 * spark.sparkContext().defaultParallelism();
    Dataset<Row> series = series(kpiValues).repartition(slices, Columns.of(SERIES));
    Dataset<Row> fitted = SeriesFits.fit(series, previousFits, horizons, new HashSet<>(ratioScales.keySet()))
        .localCheckpoint();
    Dataset<Row> forecasts = fitted
        .flatMap((FlatMapFunction<Row, Row>) f -> forecastRows(f, asOf, through, limits, ratioScales),
            Encoders.row(FORECAST_ROWS));
    Dataset<Row> reconciled = Reconciliation.bottomUp(forecasts, ConfigFrames.parents(spark, tenants),
        AdditiveKpis.frame(spark, tenants));
    Dataset<Row> withTargets = reconciled
        .join(org.apache.spark.sql.functions.broadcast(ConfigFrames.kpiMeta(spark, tenants)), Columns.seq("tenant_id", "kpi_id"))
        .withColumn("_target", TargetColumns.target(spark, tenants))
        .withColumn("target", col("_target.target"));
    Dataset<Row> rows = intervals(withTargets)
        .withColumn("prob_meet_target", PROBABILITY.apply(col("forecast"), col("sd"), col("target"), col("direction"),
            col("df")))
        .withColumn("forecast", limited(col("forecast")))
        .select(CuratedTables.FORECASTS.columns());
    return new Result(rows, fitted.select(fitsColumns()));
  }

  /**
   * One row per series: its complete points in order (period_start, value, numerator,
   * denominator), and its open period if any.
   */
  private static Dataset<Row> series(Dataset<Row> kpiValues) {
    Dataset<Row> complete = kpiValues.filter(col("is_complete").and(col("value").isNotNull()))
        .groupBy(Columns.of(SERIES))
        .agg(sort_array(collect_list(struct(col("period_start"), col("value"), col("numerator"), col("denominator"))))
            .as("points"));
    Dataset<Row> open = kpiValues.filter(col("is_complete").equalTo(false).and(col("value").isNotNull()))
        .select(col(SERIES[0]), col(SERIES[1]), col(SERIES[2]), col(SERIES[3]), col(SERIES[4]),
            col("period_start").as("open_start"), col("period_end").as("open_end"), col("value").as("open_value"),
            col("numerator").as("open_numerator"), col("denominator").as("open_denominator"));
    return complete.join(open, Columns.seq(SERIES), "left")
        .select(col(SERIES[0]), col(SERIES[1]), col(SERIES[2]), col(SERIES[3]), col(SERIES[4]), col("points"),
            col("open_start"), col("open_end"), col("open_value"), col("open_numerator"), col("open_denominator"));
  }

  /**
   * The forecast periods of one fitted series ({@link SeriesFits#FITTED}) after its last complete
   * period, those not yet over at {@code asOf} (a series that stopped long ago forecasts nothing).
   */
  static Iterator<Row> forecastRows(Row fit, LocalDate asOf, Map<String, LocalDate> through,
      Map<String, Limits> limits, Map<String, Double> ratioScales) {
    SeriesFits.FittedSeries f = SeriesFits.FittedSeries.of(fit);
    String key = f.tenant() + "|" + f.kpi();
    Grain grain = ConfigEnum.parse(Grain.class, f.grain()).orElseThrow();
    LocalDate dataThrough = through.get(key);
    Limits limit = limits.getOrDefault(key, Limits.NONE);
    Double ratioScale = ratioScales.get(key);
    Double floor = limit.floor(f.lowest());
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < f.means().length; i++) {
      LocalDate start = Periods.shift(f.lastPeriod(), grain, i + 1);
      if (Periods.end(start, grain).isBefore(asOf)) {
        continue;
      }
      double mean = f.means()[i];
      double sd = f.sds()[i];
      Double actual = null;
      if (start.equals(f.openStart()) && dataThrough != null && ratioScale == null) {
        actual = f.openValue();
        double[] whole = OpenPeriod.wholePeriod(actual, mean, sd, f.openStart(), f.openEnd(), dataThrough);
        mean = whole[0];
        sd = whole[1];
      } else if (start.equals(f.openStart()) && dataThrough != null && f.numeratorMeans() != null
          && f.openNumerator() != null && f.openDenominator() != null) {
        double[] whole = OpenPeriod.ratioWholePeriod(f.openNumerator(), f.openDenominator(), f.numeratorMeans()[i],
            f.denominatorMeans()[i], sd, ratioScale, f.openStart(), f.openEnd(), dataThrough).orElse(null);
        if (whole != null) {
          actual = f.openValue();
          mean = whole[0];
          sd = whole[1];
        }
      }
      rows.add(RowFactory.create(f.tenant(), f.kpi(), f.level(), f.node(), f.grain(), Date.valueOf(start), mean, sd,
          f.model(), f.backtestSmape(), actual, floor, limit.max(), f.df()));
    }
    return rows.iterator();
  }

  /**
   * The 80% and 95% intervals around each forecast (Student's t with the series' degrees of
   * freedom, {@link Forecast#multiplier}), forecast and bounds cut to the KPI's
   * {@link Limits} (floor and ceiling, each null when none: greatest and least skip nulls).
   * The chance to meet the target is taken from the uncut forecast, which is the same for any
   * target within the limits.
   */
  private static Dataset<Row> intervals(Dataset<Row> forecasts) {
    Column z80 = MULTIPLIER_80.apply(col("df"));
    Column z95 = MULTIPLIER_95.apply(col("df"));
    return forecasts
        .withColumn("lower_80", limited(col("forecast").minus(col("sd").multiply(z80))))
        .withColumn("upper_80", limited(col("forecast").plus(col("sd").multiply(z80))))
        .withColumn("lower_95", limited(col("forecast").minus(col("sd").multiply(z95))))
        .withColumn("upper_95", limited(col("forecast").plus(col("sd").multiply(z95))));
  }

  private static Column limited(Column value) {
    return greatest(least(value, col("ceiling")), col("floor"));
  }
}
