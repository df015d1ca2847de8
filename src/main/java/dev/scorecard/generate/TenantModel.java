package dev.scorecard.generate;

import dev.scorecard.config.AlertSettings;
import dev.scorecard.config.ForecastSettings;
import dev.scorecard.config.Hierarchy;
import dev.scorecard.config.Hierarchy.Location;
import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.MeasureSpec;
import dev.scorecard.config.ObjectiveSpec;
import dev.scorecard.config.PerspectiveSpec;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.Strategy;
import dev.scorecard.config.TargetSpec;
import dev.scorecard.config.TenantConfig;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything the generator knows about one tenant before it simulates: identity, hierarchy,
 * exports, measures and scorecard. Targets come later, from the simulated data; with them
 * {@link #config} is the tenant's {@link TenantConfig}, as the YAML written will load.
 */
record TenantModel(String id, String name, String currency, int fiscalYearStartMonth, Strategy strategy,
    Hierarchy hierarchy, List<Export> exports, List<MeasureSpec> measures, Scorecard scorecard) {

  FiscalCalendar calendar() {
    return new FiscalCalendar(fiscalYearStartMonth);
  }

  List<String> locationIds() {
    return hierarchy.locations().stream().map(Location::id).toList();
  }

  static List<String> locationIds(Hierarchy.Region region) {
    return region.locations().stream().map(Location::id).toList();
  }

  /** The tenant's config with {@code targets}, read from (or written to) {@code file}. */
  TenantConfig config(Path file, List<TargetSpec> targets) {
    return new TenantConfig(file, id, name, fiscalYearStartMonth, currency, strategy, hierarchy,
        byId(exports.stream().map(Export::spec).toList(), SourceSpec::id),
        byId(measures, MeasureSpec::id),
        byId(scorecard.perspectives(), PerspectiveSpec::id),
        byId(scorecard.objectives(), ObjectiveSpec::id),
        byId(scorecard.kpis().stream().map(KpiRecipe::spec).toList(), KpiSpec::id),
        scorecard.links(), List.copyOf(targets), ForecastSettings.DEFAULT,
        AlertSettings.DEFAULT);
  }

  /** Specs by id in list order, as the parser keeps a YAML mapping; an id twice is a bug here. */
  private static <T> Map<String, T> byId(List<T> specs, Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T spec : specs) {
      if (byId.put(id.apply(spec), spec) != null) {
        throw new IllegalStateException("Duplicate id: " + id.apply(spec));
      }
    }
    return Collections.unmodifiableMap(byId);
  }
}
