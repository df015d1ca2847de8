package dev.scorecard.config;

import java.util.Map;

/**
 * How far ahead a tenant's KPI series are forecast: periods per grain, counting the period open
 * at the as-of date. Grains a tenant leaves out keep {@link #horizon(Grain)}'s default.
 *
 * @param horizons periods to forecast per grain, each between 1 and {@link #HORIZON_MAX}
 */
public record ForecastSettings(Map<Grain, Integer> horizons) {
  public static final int HORIZON_MAX = 24;
  public static final ForecastSettings DEFAULT = new ForecastSettings(Map.of());

  /** Kept in grain order, so the record's text (and the config's fingerprint) is the same on every run. */
  public ForecastSettings {
    Map<Grain, Integer> ordered = new java.util.EnumMap<>(Grain.class);
    ordered.putAll(horizons);
    horizons = java.util.Collections.unmodifiableMap(ordered);
  }

  /** Periods to forecast at {@code grain}: the tenant's, or 4 weeks, 3 months, 2 quarters, 1 year. */
  public int horizon(Grain grain) {
    return horizons.getOrDefault(grain, switch (grain) {
      case WEEK -> 4;
      case MONTH -> 3;
      case QUARTER -> 2;
      case YEAR -> 1;
    });
  }
}
