package dev.scorecard.bench;

import dev.scorecard.config.ConfigLoader;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.forecast.Forecasts;
import dev.scorecard.forecast.ModelSelection;
import dev.scorecard.spark.Sessions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The engine's side of the forecast speed bench: how many KPI series a second the forecast
 * stage gets through, and what one series costs in plain Java.
 *
 * <ol>
 *   <li>{@code kpi_values} for {@code locations x kpis} synthetic monthly series of {@code months}
 *       complete points ({@link SyntheticKpiSeries}), built in Spark and cached before timing;
 *   <li>{@link Forecasts#forecast} over them, timed until every output column is computed
 *       (a {@code noop} write), twice in this JVM: the first run pays JIT and code generation;
 *   <li>every {@code sampleStep}-th series written to {@code <out>/speed_sample.csv} and fitted by
 *       {@link ModelSelection#forecast} in a single-threaded loop, two timed passes (after the stage
 *       in the same JVM, so both run JIT-compiled code), the per-series figure to compare with
 *       statsmodels on the same CSV.
 * </ol>
 *
 * Prints {@code key value} lines for {@code bench/forecast/speed.sh}; not part of the product.
 */
public final class ForecastSpeed {
  static final LocalDate FIRST_MONTH = LocalDate.of(2023, 11, 1);
  static final int MONTHS = 36;
  static final int SEASON = 12;
  /** The stage's default monthly horizon (ForecastSettings.horizon(MONTH)); the plain loop uses the same. */
  static final int HORIZON = 3;
  private static final String COALESCE = "spark.sql.adaptive.coalescePartitions.enabled";
  private static final StructType KPI_VALUES = new StructType()
      .add("tenant_id", DataTypes.StringType).add("kpi_id", DataTypes.StringType)
      .add("node_level", DataTypes.StringType).add("node_id", DataTypes.StringType)
      .add("period_grain", DataTypes.StringType).add("period_start", DataTypes.DateType)
      .add("period_end", DataTypes.DateType).add("value", DataTypes.DoubleType)
      .add("numerator", DataTypes.DoubleType).add("denominator", DataTypes.DoubleType)
      .add("is_complete", DataTypes.BooleanType);

  private ForecastSpeed() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 5) {
      System.err.println("usage: ForecastSpeed <out-dir> [locations=1000] [kpis=20] [sample=500] [master=local[2]]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int locations = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int kpis = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int sample = args.length > 3 ? Integer.parseInt(args[3]) : 500;
    String master = args.length > 4 ? args[4] : "local[2]";
    long series = (long) locations * kpis;
    report("series", series);
    report("points_per_series", MONTHS);
    report("master", master);
    stage(out, locations, kpis, master);
    plainLoop(out, sampleIds(series, sample), kpis);
  }

  private static void stage(Path out, int locations, int kpis, String master) {
    BenchTenant.write(out.resolve("conf"), locations, kpis);
    TenantConfig tenant = ConfigLoader.load(out.resolve("conf"), List.of(BenchTenant.ID)).get(0);
    SparkSession spark = Sessions.create(master, "forecast-speed");
    try {
      Dataset<Row> kpiValues = kpiValues(spark, (long) locations * kpis, kpis).cache();
      report("kpi_value_rows", kpiValues.count());
      Dataset<Row> fits = null;
      for (int run = 1; run <= 2; run++) {
        fits = timeStage(spark, tenant, kpiValues, "stage_run" + run, null);
      }
      // A night on which no series gained a period: every fit is kept from the run before.
      timeStage(spark, tenant, kpiValues, "stage_kept_fits", fits);
      // Adaptive execution may coalesce the shuffle before the fits by bytes, and series of 36
      // points are few bytes: a run without coalescing shows whether that costs parallelism.
      spark.conf().set(COALESCE, "false");
      timeStage(spark, tenant, kpiValues, "stage_uncoalesced", null);
    } finally {
      spark.stop();
    }
  }

  /**
   * Times the stage's work until both its tables (forecasts and forecast_fits) are computed (noop
   * writes); {@code kept}: fits of an earlier run to keep, or null to fit every series. Returns the fits.
   */
  private static Dataset<Row> timeStage(SparkSession spark, TenantConfig tenant, Dataset<Row> kpiValues, String name,
      Dataset<Row> kept) {
    long series = kpiValues.count() / MONTHS;
    long cpu = processCpuNanos();
    long start = System.nanoTime();
    // As of the day after the last month: every month is complete, none is open.
    LocalDate asOf = FIRST_MONTH.plusMonths(MONTHS);
    Forecasts.Result result = Forecasts.forecast(spark, java.util.List.of(tenant), kpiValues, asOf, java.util.Map.of(),
        kept);
    result.forecasts().write().format("noop").mode("overwrite").save();
    Dataset<Row> fits = result.fits().drop("refit").localCheckpoint();
    double seconds = (System.nanoTime() - start) / 1e9;
    report(name + "_seconds", seconds);
    report(name + "_series_per_second", series / seconds);
    report(name + "_cpu_seconds", (processCpuNanos() - cpu) / 1e9);
    return fits;
  }

  /** One row per series and month, as the kpis stage publishes them (the columns the forecast stage reads). */
  static Dataset<Row> kpiValues(SparkSession spark, long series, int kpis) {
    return spark.range(0, series, 1, spark.sparkContext().defaultParallelism())
        .flatMap((FlatMapFunction<Long, Row>) id -> rows(id, kpis), Encoders.row(KPI_VALUES));
  }

  private static Iterator<Row> rows(long id, int kpis) {
    double[] y = SyntheticKpiSeries.values(id, kpis, MONTHS);
    List<Row> rows = new ArrayList<>(MONTHS);
    for (int t = 0; t < MONTHS; t++) {
      rows.add(RowFactory.create(BenchTenant.ID, BenchTenant.kpiId((int) (id % kpis)), "location",
          BenchTenant.locationId(id / kpis), "month", Date.valueOf(FIRST_MONTH.plusMonths(t)),
          Date.valueOf(FIRST_MONTH.plusMonths(t + 1).minusDays(1)), y[t], null, null, true));
    }
    return rows.iterator();
  }

  static long[] sampleIds(long series, int sample) {
    long step = Math.max(1, series / sample);
    return LongStream.range(0, Math.min(sample, series)).map(i -> i * step).toArray();
  }

  private static void plainLoop(Path out, long[] ids, int kpis) {
    List<PanelCsv.Series> panel = new ArrayList<>();
    for (long id : ids) {
      panel.add(new PanelCsv.Series("s" + id, SEASON, SyntheticKpiSeries.values(id, kpis, MONTHS)));
    }
    PanelCsv.write(out.resolve("speed_sample.csv"), panel);
    report("sample_series", panel.size());
    timeLoop("plain_pass1", panel, new TreeMap<>());
    Map<String, Integer> models = new TreeMap<>();
    timeLoop("plain_pass2", panel, models);
    report("plain_models", models);
  }

  /**
   * Mean wall and CPU milliseconds per series of ModelSelection.forecast over the panel, in this
   * thread, tallying the chosen models. CPU time is the steadier figure on a shared machine.
   */
  private static void timeLoop(String name, List<PanelCsv.Series> panel, Map<String, Integer> models) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (PanelCsv.Series s : panel) {
      models.merge(ModelSelection.forecast(s.values(), s.frequency(), HORIZON).model(), 1, Integer::sum);
    }
    report(name + "_ms_per_series", (System.nanoTime() - start) / 1e6 / panel.size());
    report(name + "_cpu_ms_per_series", (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / panel.size());
  }

  /** CPU time of the whole JVM: executor threads, and JIT and GC as well. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void report(String key, Object value) {
    System.out.println(key + " " + (value instanceof Double d ? String.format("%.3f", d) : value));
  }
}
