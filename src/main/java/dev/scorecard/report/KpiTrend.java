package dev.scorecard.report;

import java.util.List;

/** A KPI's months at one node (oldest first) and its forecast months: one trend chart. */
public record KpiTrend(String kpiId, List<TrendPoint> actuals, List<ForecastPoint> forecasts) {

  /** Whether there is anything to draw. */
  public boolean hasData() {
    return actuals.stream().anyMatch(p -> p.value() != null || p.target() != null)
        || forecasts.stream().anyMatch(f -> f.forecast() != null);
  }
}
