package dev.scorecard.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one tenant declares: strategy, hierarchy, sources, measures and its scorecard. */
public record TenantConfig(
    Path file,
    String tenantId,
    String name,
    int fiscalYearStartMonth,
    String currency,
    Strategy strategy,
    Hierarchy hierarchy,
    Map<String, SourceSpec> sources,
    Map<String, MeasureSpec> measures,
    Map<String, PerspectiveSpec> perspectives,
    Map<String, ObjectiveSpec> objectives,
    Map<String, KpiSpec> kpis,
    List<LinkSpec> links,
    List<TargetSpec> targets,
    ForecastSettings forecast,
    AlertSettings alerts) {

  public static final String ID_PATTERN = "[a-z0-9][a-z0-9_-]{0,63}";

  /**
   * The measure a KPI is when it adds up over days and locations: a simple KPI that is one
   * measure summed or counted (revenue, orders); empty for every other KPI. Such a KPI's region
   * is the sum of its locations, its quarter the sum of its days, and its period in progress
   * the part so far of a whole period.
   */
  public Optional<MeasureSpec> additiveMeasure(KpiSpec kpi) {
    if (kpi.type() != KpiType.SIMPLE || kpi.expr() == null) {
      return Optional.empty();
    }
    MeasureSpec measure = measures.get(kpi.expr().strip());
    boolean adds = measure != null && (measure.agg() == Aggregation.SUM || measure.agg() == Aggregation.COUNT);
    return adds ? Optional.of(measure) : Optional.empty();
  }
}
