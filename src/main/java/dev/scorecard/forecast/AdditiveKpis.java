package dev.scorecard.forecast;

import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.MeasureSpec;
import dev.scorecard.config.TenantConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

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
    return tenant.additiveMeasure(kpi);
  }

  /** The ids of the tenant's additive KPIs. */
  public static Set<String> ids(TenantConfig tenant) {
    Set<String> ids = new TreeSet<>();
    tenant.kpis().values().forEach(k -> measure(tenant, k).ifPresent(m -> ids.add(k.id())));
    return ids;
  }

  /**
   * The sources whose latest day an open period is completed from: those of the additive KPIs'
   * measures and of the ratio KPIs' numerator and denominator measures.
   */
  public static Set<String> sources(TenantConfig tenant) {
    Set<String> sources = new TreeSet<>();
    tenant.kpis().values().forEach(k -> measure(tenant, k).ifPresent(m -> sources.add(m.source())));
    tenant.kpis().values().forEach(k -> tenant.ratioMeasures(k).forEach(m -> sources.add(m.source())));
    return sources;
  }

  /**
   * Per additive or ratio KPI, the latest day its sources have data for ({@code latestBySource}):
   * how far an open period's actual reaches; for a ratio whose parts come from two sources, the
   * earlier of the two. KPIs whose sources have no rows are left out.
   */
  public static Map<String, LocalDate> dataThrough(TenantConfig tenant, Map<String, LocalDate> latestBySource) {
    Map<String, LocalDate> through = new HashMap<>();
    for (KpiSpec kpi : tenant.kpis().values()) {
      measure(tenant, kpi).map(m -> latestBySource.get(m.source())).ifPresent(day -> through.put(kpi.id(), day));
      List<LocalDate> parts = tenant.ratioMeasures(kpi).stream().map(m -> latestBySource.get(m.source())).toList();
      if (!parts.isEmpty() && parts.stream().allMatch(java.util.Objects::nonNull)) {
        through.put(kpi.id(), parts.stream().min(LocalDate::compareTo).orElseThrow());
      }
    }
    return through;
  }

  /** The additive KPIs of every tenant: (tenant_id, kpi_id). */
  static Dataset<Row> frame(SparkSession spark, List<TenantConfig> tenants) {
    List<Row> rows = new ArrayList<>();
    tenants.forEach(t -> ids(t).forEach(k -> rows.add(RowFactory.create(t.tenantId(), k))));
    return spark.createDataFrame(rows, new StructType().add("tenant_id", DataTypes.StringType)
        .add("kpi_id", DataTypes.StringType));
  }
}
