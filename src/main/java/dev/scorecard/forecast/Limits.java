package dev.scorecard.forecast;

import dev.scorecard.config.Aggregation;
import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.KpiType;
import dev.scorecard.config.MeasureSpec;
import dev.scorecard.config.TenantConfig;
import java.io.Serializable;

/**
 * The lowest and highest value a KPI's forecast and interval bounds may take. A Normal interval
 * around a small count reaches below zero; a share near 100% above it. Limits:
 *
 * <ul>
 *   <li>the KPI's {@code bounds: { min, max }} when the config sets them;
 *   <li>else a floor of 0 for a KPI that counts rows, and for one that sums a measure whose series
 *       has never been below zero (sales, hours, kWh);
 *   <li>else none.
 * </ul>
 *
 * @param min the configured floor, or null
 * @param max the configured ceiling, or null
 * @param counts whether the KPI counts rows (floor 0)
 * @param sums whether the KPI sums one measure (floor 0 unless its history went below zero)
 */
record Limits(Double min, Double max, boolean counts, boolean sums) implements Serializable {
  static final Limits NONE = new Limits(null, null, false, false);

  static Limits of(TenantConfig tenant, KpiSpec kpi) {
    MeasureSpec measure = kpi.type() == KpiType.SIMPLE && kpi.expr() != null
        ? tenant.measures().get(kpi.expr().strip()) : null;
    Aggregation agg = measure == null ? null : measure.agg();
    return new Limits(kpi.bounds().min().orElse(null), kpi.bounds().max().orElse(null),
        agg == Aggregation.COUNT || agg == Aggregation.COUNT_DISTINCT, agg == Aggregation.SUM);
  }

  /**
   * The floor for a series whose lowest value so far is {@code lowest}: the configured one, else 0
   * for counts and for sums that never went below zero.
   */
  Double floor(double lowest) {
    if (min != null) {
      return min;
    }
    if (counts || sums && lowest >= 0) {
      return 0.0;
    }
    return null;
  }
}
