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

  /** The sources whose latest day an additive KPI of the tenant reads its open period to. */
  public static Set<String> sources(TenantConfig tenant) {
    Set<String> sources = new TreeSet<>();
    tenant.kpis().values().forEach(k -> measure(tenant, k).ifPresent(m -> sources.add(m.source())));
    return sources;
  }

  /**
   * Per additive KPI, the latest day its source has data for ({@code latestBySource}): how far an
   * open period's actual reaches. KPIs whose source has no rows are left out.
   */
  public static Map<String, LocalDate> dataThrough(TenantConfig tenant, Map<String, LocalDate> latestBySource) {
    Map<String, LocalDate> through = new HashMap<>();
    for (KpiSpec kpi : tenant.kpis().values()) {
      measure(tenant, kpi).map(m -> latestBySource.get(m.source())).ifPresent(day -> through.put(kpi.id(), day));
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
