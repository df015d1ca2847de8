package dev.scorecard.generate;

import java.util.List;

/**
 * Everything the generator knows about one tenant before it simulates: identity, hierarchy,
 * sources, measures and scorecard. Targets come later, from the simulated data.
 */
record TenantModel(String id, String name, String currency, int fiscalYearStartMonth, Strategy strategy,
    Hierarchy hierarchy, List<SourceSpec> sources, List<MeasureSpec> measures, Scorecard scorecard) {

  SourceSpec source(String sourceId) {
    return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Cannot find source: " + sourceId));
  }

  FiscalCalendar calendar() {
    return new FiscalCalendar(fiscalYearStartMonth);
  }
}
