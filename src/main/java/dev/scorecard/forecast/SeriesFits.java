package dev.scorecard.forecast;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import dev.scorecard.config.ConfigEnum;
import dev.scorecard.config.Grain;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.spark.Columns;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The fit of every series of a batch, or the fit kept from an earlier night when the series' points
 * did not change: fitting is what the forecast stage spends its time on, and most series of a
 * nightly run gained no new complete period and had no value corrected.
 *
 * <p>A fit is kept as what the forecasts need of it ({@code forecast_fits}): the chosen model's
 * means and sds for each step after the last complete period, their degrees of freedom, the
 * backtest sMAPE, and for a ratio KPI its numerator's and denominator's means. A series is fitted
 * again when the hash of its points (period, value, numerator, denominator, and {@link #VERSION})
 * differs from the kept fit's. Fits are deterministic (seeded simulations), so a kept fit is the one
 * a fresh fit would give, and forecasts from kept fits equal those of a full run.
 */
final class SeriesFits {
  /** Part of every points hash: change it with any change to the models, so that older fits are not kept. */
  static final String VERSION = "ets-2026-11-30";
  private static final String[] KEYS = CuratedTables.FORECAST_FITS.keys().toArray(String[]::new);
  /** The columns of a fit that a later night keeps ({@code forecast_fits} but its keys and last period). */
  private static final String[] KEPT = {"points_hash", "model", "backtest_smape", "df", "means", "sds",
      "numerator_means", "denominator_means"};
  private static final StructType FITS = CuratedTables.FORECAST_FITS.schema();

  /** A fitted series: the {@code forecast_fits} columns, whether it was fitted now, and its open period. */
  static final StructType FITTED = fitted();

  private SeriesFits() {}

  private static StructType fitted() {
    StructType s = new StructType();
    for (String column : CuratedTables.FORECAST_FITS.contentColumns()) {
      s = s.add(column, FITS.apply(column).dataType(), true);
    }
    return s.add("refit", DataTypes.BooleanType).add("lowest", DataTypes.DoubleType)
        .add("open_start", DataTypes.DateType).add("open_end", DataTypes.DateType)
        .add("open_value", DataTypes.DoubleType).add("open_numerator", DataTypes.DoubleType)
        .add("open_denominator", DataTypes.DoubleType);
  }

  /**
   * @param series one row per series (Forecasts#series: keys, points, open period)
   * @param previous {@code forecast_fits} rows that may be kept, or null
   * @param horizons per tenant, the periods to forecast per grain (by ordinal)
   * @param ratioKpis {@code tenant|kpi} of the ratio KPIs, whose parts are forecast too
   */
  static Dataset<Row> fit(Dataset<Row> series, Dataset<Row> previous, Map<String, int[]> horizons,
      Set<String> ratioKpis) {
    Dataset<Row> hashed = series.withColumn("points_hash",
        sha2(concat(lit(VERSION + "|"), to_json(col("points"))), 256));
    Dataset<Row> withPrevious;
    if (previous == null) {
      StructType kept = new StructType(Arrays.stream(KEPT).map(FITS::apply).toArray(StructField[]::new));
      withPrevious = hashed.withColumn("kept", lit(null).cast(kept));
    } else {
      Column[] keysAndKept = Arrays.copyOf(Columns.of(KEYS), KEYS.length + 1);
      keysAndKept[KEYS.length] = struct(Columns.of(KEPT)).as("kept");
      withPrevious = hashed.join(previous.select(keysAndKept), Columns.seq(KEYS), "left");
    }
    return withPrevious.map((MapFunction<Row, Row>) s -> fitOrKeep(s, horizons, ratioKpis), Encoders.row(FITTED));
  }

  static Row fitOrKeep(Row s, Map<String, int[]> horizons, Set<String> ratioKpis) {
    String tenant = s.getAs("tenant_id");
    String kpi = s.getAs("kpi_id");
    String grainId = s.getAs("period_grain");
    Grain grain = ConfigEnum.parse(Grain.class, grainId).orElseThrow();
    List<Row> points = s.getList(s.fieldIndex("points"));
    double[] y = points.stream().mapToDouble(p -> p.getDouble(1)).toArray();
    Date last = points.get(points.size() - 1).getDate(0);
    String hash = s.getAs("points_hash");
    Row kept = s.getAs("kept");
    boolean refit = kept == null || !hash.equals(kept.getAs("points_hash"));
    int horizon = horizons.get(tenant)[grain.ordinal()];
    FitOutput fit = refit
        ? FitOutput.fresh(y, points, grain, horizon, ratioKpis.contains(tenant + "|" + kpi))
        : FitOutput.of(kept);
    return RowFactory.create(tenant, kpi, s.getAs("node_level"), s.getAs("node_id"), grainId, hash, last, fit.model(),
        fit.backtestSmape(), fit.df(), fit.means(), fit.sds(), fit.numeratorMeans(), fit.denominatorMeans(), refit,
        Arrays.stream(y).min().orElseThrow(), s.getAs("open_start"), s.getAs("open_end"), s.getAs("open_value"),
        s.getAs("open_numerator"), s.getAs("open_denominator"));
  }

  /** What forecasts need of a series' fit: its model's means and sds per step, and a ratio's parts' means. */
  private record FitOutput(String model, Double backtestSmape, double df, double[] means, double[] sds,
      double[] numeratorMeans, double[] denominatorMeans) {

    /** Fits the series now. */
    static FitOutput fresh(double[] y, List<Row> points, Grain grain, int horizon, boolean ratio) {
      SeriesForecast f = SeriesForecast.of(y, grain, horizon);
      double[] numeratorMeans = null;
      double[] denominatorMeans = null;
      if (ratio && points.stream().noneMatch(p -> p.isNullAt(2) || p.isNullAt(3))) {
        int m = SeriesForecast.seasonLength(grain);
        numeratorMeans = ModelSelection.means(points.stream().mapToDouble(p -> p.getDouble(2)).toArray(), m, horizon);
        denominatorMeans = ModelSelection.means(points.stream().mapToDouble(p -> p.getDouble(3)).toArray(), m,
            horizon);
      }
      return new FitOutput(f.model(), f.backtestSmape(), f.forecast().df(), f.forecast().mean(), f.forecast().sd(),
          numeratorMeans, denominatorMeans);
    }

    /** The fit an earlier night kept (the {@link #KEPT} columns). */
    static FitOutput of(Row kept) {
      return new FitOutput(kept.getAs("model"), kept.getAs("backtest_smape"), kept.<Double>getAs("df"),
          FittedSeries.doubles(kept, "means"), FittedSeries.doubles(kept, "sds"),
          FittedSeries.doubles(kept, "numerator_means"), FittedSeries.doubles(kept, "denominator_means"));
    }
  }

  /** One row of {@link #FITTED}, read by name. */
  record FittedSeries(String tenant, String kpi, String level, String node, String grain, LocalDate lastPeriod,
      String model, Double backtestSmape, double df, double[] means, double[] sds, double[] numeratorMeans,
      double[] denominatorMeans, double lowest, LocalDate openStart, LocalDate openEnd, Double openValue,
      Double openNumerator, Double openDenominator) {

    static FittedSeries of(Row r) {
      return new FittedSeries(r.getAs("tenant_id"), r.getAs("kpi_id"), r.getAs("node_level"), r.getAs("node_id"),
          r.getAs("period_grain"), r.<Date>getAs("last_period").toLocalDate(), r.getAs("model"),
          r.getAs("backtest_smape"), r.<Double>getAs("df"), doubles(r, "means"), doubles(r, "sds"),
          doubles(r, "numerator_means"), doubles(r, "denominator_means"), r.<Double>getAs("lowest"),
          date(r, "open_start"), date(r, "open_end"), r.getAs("open_value"), r.getAs("open_numerator"),
          r.getAs("open_denominator"));
    }

    static double[] doubles(Row r, String name) {
      int i = r.fieldIndex(name);
      return r.isNullAt(i) ? null : r.<Double>getList(i).stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static LocalDate date(Row r, String name) {
      Date d = r.getAs(name);
      return d == null ? null : d.toLocalDate();
    }
  }
}
