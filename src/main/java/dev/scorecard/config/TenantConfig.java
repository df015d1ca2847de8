package dev.scorecard.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
    ForecastSettings forecast) {

  public static final String ID_PATTERN = "[a-z0-9][a-z0-9_-]{0,63}";
}
