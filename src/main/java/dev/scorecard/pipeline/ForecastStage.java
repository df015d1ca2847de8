package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.max;

import dev.scorecard.config.Fingerprints;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.forecast.AdditiveKpis;
import dev.scorecard.forecast.Forecasts;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.RunState;
import dev.scorecard.publish.Scope;
import dev.scorecard.publish.SilverTables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code kpi_values} to {@code forecasts} and {@code forecast_fits}, for every tenant of the batch
 * in one plan and one commit per table. A tenant is forecast again when its KPI values changed,
 * its config changed or the as-of date moved; otherwise its forecasts stand. Forecast again, a
 * series whose points did not change keeps its earlier fit (the horizon rolls on without fitting),
 * unless the run is {@code --full} or the tenant's config changed.
 */
final class ForecastStage implements Stage {
  static final String NAME = "forecast";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> reads() {
    return List.of("kpi_values", "silver");
  }

  @Override
  public List<String> writes() {
    return List.of("forecasts", "forecast_fits");
  }

  @Override
  public Done run(RunContext ctx, Batch batch) {
    Prerequisites.require(ctx, batch, CuratedTables.KPI_VALUES, KpisStage.NAME);
    boolean exists = ctx.existed(CuratedTables.FORECASTS);
    List<TenantConfig> tenants = new ArrayList<>();
    List<String> keepFits = new ArrayList<>();
    List<String> upToDate = new ArrayList<>();
    for (TenantConfig t : batch.tenants()) {
      Optional<Set<LocalDate>> days = IncrementalPlan.days(ctx, t, NAME, Fingerprints::all, exists);
      if (days.isEmpty() || !days.get().isEmpty()) {
        tenants.add(t);
      } else {
        upToDate.add(t.tenantId());
      }
      if (days.isPresent()) {
        keepFits.add(t.tenantId());
      }
    }
    if (tenants.isEmpty()) {
      return new Done(Map.of(), upToDate);
    }
    ctx.prepareOutputs();
    List<String> ids = tenants.stream().map(TenantConfig::tenantId).toList();
    Dataset<Row> values = ctx.warehouse().curated(CuratedTables.KPI_VALUES, ids);
    Dataset<Row> kept = keepFits.isEmpty() || !ctx.existed(CuratedTables.FORECAST_FITS) ? null
        : ctx.warehouse().curated(CuratedTables.FORECAST_FITS, keepFits);
    Forecasts.Result result = Forecasts.forecast(ctx.spark(), tenants, values, ctx.run().asOf(),
        dataThrough(ctx, tenants), kept);
    Map<String, Long> refitted = new HashMap<>();
    result.fits().filter(col("refit")).groupBy("tenant_id").count().collectAsList()
        .forEach(r -> refitted.put(r.getString(0), r.getLong(1)));
    Scope scope = Scope.tenants(ids);
    ctx.warehouse().replace(CuratedTables.FORECAST_FITS, scope, result.fits().drop("refit"), ctx.run());
    ctx.warehouse().replace(CuratedTables.FORECASTS, scope, result.forecasts(), ctx.run());
    Map<String, RunState.Mark> marks = new LinkedHashMap<>();
    tenants.forEach(t -> marks.put(t.tenantId(), IncrementalPlan.mark(ctx, Fingerprints.all(t))));
    ctx.state().settle(NAME, marks);
    Map<String, Counts> counts = new LinkedHashMap<>();
    tenants.forEach(t -> counts.put(t.tenantId(), new Counts.Forecasts(0, 0, 0)));
    for (Row r : ctx.warehouse().curated(CuratedTables.FORECASTS, ids).groupBy("tenant_id")
        .agg(countDistinct(col("kpi_id"), col("node_level"), col("node_id"), col("period_grain")), count(col("period_start")))
        .collectAsList()) {
      counts.put(r.getString(0), new Counts.Forecasts(r.getLong(1), r.getLong(2), refitted.getOrDefault(r.getString(0), 0L)));
    }
    return new Done(counts, upToDate);
  }

  /**
   * Per tenant and additive KPI, the latest day of data of its source: one aggregate per silver
   * table, over the tenants that read it with the same date column.
   */
  private static Map<String, Map<String, LocalDate>> dataThrough(RunContext ctx, List<TenantConfig> tenants) {
    Map<String, List<TenantConfig>> byTable = new LinkedHashMap<>();
    Map<String, SourceSpec> sources = new HashMap<>();
    for (TenantConfig t : tenants) {
      for (String id : AdditiveKpis.sources(t)) {
        SourceSpec source = t.sources().get(id);
        String key = SilverTables.name(source) + "|" + source.dateColumn();
        byTable.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        sources.putIfAbsent(key, source);
      }
    }
    Map<String, Map<String, LocalDate>> latest = new HashMap<>();
    byTable.forEach((key, readers) -> {
      SourceSpec source = sources.get(key);
      if (!ctx.warehouse().exists(ctx.warehouse().silverPath(source))) {
        return;
      }
      List<String> ids = readers.stream().map(TenantConfig::tenantId).toList();
      for (Row r : ctx.warehouse().silver(source, ids).groupBy(SilverTables.TENANT)
          .agg(max(col(source.dateColumn()).cast("date"))).collectAsList()) {
        if (!r.isNullAt(1)) {
          latest.computeIfAbsent(r.getString(0), t -> new HashMap<>()).put(source.id(), r.<Date>getAs(1).toLocalDate());
        }
      }
    });
    Map<String, Map<String, LocalDate>> through = new HashMap<>();
    tenants.forEach(t -> through.put(t.tenantId(), AdditiveKpis.dataThrough(t, latest.getOrDefault(t.tenantId(), Map.of()))));
    return through;
  }
}
