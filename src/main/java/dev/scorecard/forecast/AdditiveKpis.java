package dev.scorecard.forecast;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import dev.scorecard.config.Aggregation;
import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.KpiType;
import dev.scorecard.config.MeasureSpec;
import dev.scorecard.config.TenantConfig;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The KPIs that add up over days and over locations: a simple KPI that is one measure summed or
 * counted (revenue, orders). For them a region is the sum of its locations and a quarter the sum
 * of its days, so a forecast can be reconciled up the hierarchy and an open period completed from
 * its actual to date.
 */
public final class AdditiveKpis {
  private AdditiveKpis() {}

  /** The measure an additive KPI is, or empty when the KPI does not add up. */
  static Optional<MeasureSpec> measure(TenantConfig tenant, KpiSpec kpi) {
    if (kpi.type() != KpiType.SIMPLE || kpi.expr() == null) {
      return Optional.empty();
    }
    MeasureSpec measure = tenant.measures().get(kpi.expr().strip());
    boolean adds = measure != null && (measure.agg() == Aggregation.SUM || measure.agg() == Aggregation.COUNT);
    return adds ? Optional.of(measure) : Optional.empty();
  }

  /** The ids of the tenant's additive KPIs. */
  public static java.util.Set<String> ids(TenantConfig tenant) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    tenant.kpis().values().forEach(k -> measure(tenant, k).ifPresent(m -> ids.add(k.id())));
    return ids;
  }

  /**
   * Per additive KPI, the latest day its source has data for: how far an open period's actual
   * reaches. KPIs whose source has no rows are left out.
   */
  public static Map<String, LocalDate> dataThrough(TenantConfig tenant, Map<String, Dataset<Row>> silver) {
    Map<String, LocalDate> latestBySource = new HashMap<>();
    Map<String, LocalDate> through = new HashMap<>();
    for (KpiSpec kpi : tenant.kpis().values()) {
      measure(tenant, kpi).ifPresent(m -> latest(tenant, silver, m.source(), latestBySource)
          .ifPresent(day -> through.put(kpi.id(), day)));
    }
    return through;
  }

  private static Optional<LocalDate> latest(TenantConfig tenant, Map<String, Dataset<Row>> silver, String source,
      Map<String, LocalDate> cache) {
    if (!cache.containsKey(source) && silver.containsKey(source)) {
      Object day = silver.get(source).agg(max(col(tenant.sources().get(source).dateColumn()).cast("date")))
          .first().get(0);
      cache.put(source, day == null ? null : ((Date) day).toLocalDate());
    }
    return Optional.ofNullable(cache.get(source));
  }
}
