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
 *   <li>else a floor of 0 for a KPI that counts rows, or a ratio of two counts; and for one that
 *       sums a measure, or divides two measures one of which is a sum, whose series has never
 *       been below zero (sales, hours, kWh, leavers per headcount);
 *   <li>a ceiling of {@code scale} for a share: a ratio of a count with a filter over the count of
 *       the same source without one (orders on time of all orders, x 100 for a percentage);
 *   <li>else none (a growth rate, a margin {@code (revenue - cost) / revenue}, an NPS).
 * </ul>
 *
 * @param min the configured floor, or null
 * @param max the configured ceiling, or the ceiling of a share, or null
 * @param counts whether the KPI counts rows or divides two counts (floor 0)
 * @param sums whether the KPI sums a measure or divides two measures of which one is a sum (floor 0
 *     unless its history went below zero)
 */
record Limits(Double min, Double max, boolean counts, boolean sums) implements Serializable {
  static final Limits NONE = new Limits(null, null, false, false);

  static Limits of(TenantConfig tenant, KpiSpec kpi) {
    Double min = kpi.bounds().min().orElse(null);
    Double max = kpi.bounds().max().orElse(null);
    if (kpi.type() == KpiType.SIMPLE) {
      MeasureSpec measure = measure(tenant, kpi.expr());
      return new Limits(min, max, counts(measure), measure != null && measure.agg() == Aggregation.SUM);
    }
    if (kpi.type() == KpiType.RATIO) {
      MeasureSpec numerator = measure(tenant, kpi.numerator());
      MeasureSpec denominator = measure(tenant, kpi.denominator());
      boolean counts = counts(numerator) && counts(denominator);
      boolean sums = !counts && adds(numerator) && adds(denominator);
      boolean share = counts && numerator.agg() == Aggregation.COUNT && denominator.agg() == Aggregation.COUNT
          && numerator.source().equals(denominator.source()) && numerator.filter().isPresent()
          && denominator.filter().isEmpty() && numerator.expr().isEmpty() && denominator.expr().isEmpty();
      return new Limits(min, max != null ? max : share ? kpi.scale() : null, counts, sums);
    }
    return new Limits(min, max, false, false);
  }

  /** The measure an expression is when it names one measure and nothing else; else null. */
  private static MeasureSpec measure(TenantConfig tenant, String expr) {
    return expr == null ? null : tenant.measures().get(expr.strip());
  }

  private static boolean counts(MeasureSpec m) {
    return m != null && (m.agg() == Aggregation.COUNT || m.agg() == Aggregation.COUNT_DISTINCT);
  }

  private static boolean adds(MeasureSpec m) {
    return counts(m) || m != null && m.agg() == Aggregation.SUM;
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
