package dev.scorecard.strategymap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The test of one cause KPI against one effect KPI: their correlation at each lag, the lag where
 * it is strongest, its p-value (two-sided t-test, Bonferroni-adjusted for every lag and pair looked
 * at) and a verdict. Plain math on {@link Moments}, so it is tested without Spark.
 *
 * <p>Correlations are oriented: a KPI where lower is better counts negated, so a positive value
 * always means "a better cause goes with a better effect".
 */
public final class LinkTest {
  /** Locations needed: with fewer, within-location correlations say little about the group. */
  public static final int MIN_LOCATIONS = 3;
  /** Periods needed on the effect side, a year of months. */
  public static final int MIN_PERIODS = 12;
  /** Degrees of freedom needed after demeaning. */
  public static final int MIN_DEGREES_OF_FREEDOM = 20;
  /** Smallest correlation a verdict other than weak needs, however many pairs back it. */
  public static final double MIN_CORRELATION = 0.2;
  /** Adjusted p-value below which an association counts. */
  public static final double ALPHA = 0.01;

  private LinkTest() {}

  /**
   * The result of one pair.
   *
   * @param lag the lag in periods of the reported correlation; null when there is no verdict
   * @param correlation oriented r at that lag
   * @param pValue adjusted p-value at that lag
   * @param byLag oriented r per lag 0..k, null where the lag had too few pairs
   */
  public record Result(Verdict verdict, Integer lag, Double correlation, Double pValue, long n, int locations,
      int periods, List<Double> byLag) {}

  /**
   * Tests the lagged moments of one pair.
   *
   * @param byLag moments at lag 0, 1, ... (null where no pair met)
   * @param orientation +1, or -1 when exactly one of the two KPIs is lower-is-better
   * @param comparisons how many (pair, lag) correlations the verdict was chosen from, for Bonferroni
   * @param minCorrelation the correlation a verdict needs
   * @param alpha the adjusted p-value a verdict needs
   */
  public static Result test(List<Moments> byLag, int orientation, int comparisons, double minCorrelation,
      double alpha) {
    List<Double> rs = new ArrayList<>();
    int best = -1;
    int worst = -1;
    int strongest = -1;
    for (int lag = 0; lag < byLag.size(); lag++) {
      Moments m = byLag.get(lag);
      Double r = enough(m) && !Double.isNaN(m.correlation()) ? orientation * m.correlation() : null;
      rs.add(r);
      if (r == null) {
        continue;
      }
      best = best < 0 || r > rs.get(best) ? lag : best;
      worst = worst < 0 || r < rs.get(worst) ? lag : worst;
      strongest = strongest < 0 || Math.abs(r) > Math.abs(rs.get(strongest)) ? lag : strongest;
    }
    List<Double> shown = Collections.unmodifiableList(rs);
    if (best < 0) {
      Moments most = byLag.stream().filter(m -> m != null).max((a, b) -> Long.compare(a.n(), b.n())).orElse(null);
      return new Result(Verdict.INSUFFICIENT_DATA, null, null, null, most == null ? 0 : most.n(),
          most == null ? 0 : most.locations(), most == null ? 0 : most.periods(), shown);
    }
    if (clear(byLag.get(best), rs.get(best), comparisons, minCorrelation, alpha)) {
      return result(Verdict.SUPPORTED, best, byLag, rs, comparisons);
    }
    if (clear(byLag.get(worst), -rs.get(worst), comparisons, minCorrelation, alpha)) {
      return result(Verdict.CONTRADICTED, worst, byLag, rs, comparisons);
    }
    return result(Verdict.WEAK, strongest, byLag, rs, comparisons);
  }

  /** Two-sided p-value of r with the pairs' degrees of freedom, times the comparisons made (at most 1). */
  public static double pValue(Moments m, double r, int comparisons) {
    long df = m.degreesOfFreedom();
    if (Math.abs(r) >= 1) {
      return 0;
    }
    double t = Math.abs(r) * Math.sqrt(df / (1 - r * r));
    double p = 2 * new TDistribution(null, df).cumulativeProbability(-t);
    return Math.min(1, p * comparisons);
  }

  static boolean enough(Moments m) {
    return m != null && m.locations() >= MIN_LOCATIONS && m.periods() >= MIN_PERIODS
        && m.degreesOfFreedom() >= MIN_DEGREES_OF_FREEDOM;
  }

  private static boolean clear(Moments m, double r, int comparisons, double minCorrelation, double alpha) {
    return r >= minCorrelation && pValue(m, r, comparisons) < alpha;
  }

  private static Result result(Verdict verdict, int lag, List<Moments> byLag, List<Double> rs, int comparisons) {
    Moments m = byLag.get(lag);
    double r = rs.get(lag);
    return new Result(verdict, lag, r, pValue(m, r, comparisons), m.n(), m.locations(), m.periods(),
        Collections.unmodifiableList(rs));
  }
}
