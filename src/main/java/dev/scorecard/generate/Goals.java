package dev.scorecard.generate;

import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Sets a target and baseline from observed KPI values so that scoring gives a realistic mix of
 * statuses. With score = 100 * (value - baseline) / (target - baseline), a value is green at
 * {@code baseline + green% * (target - baseline)}; that point is put at the median value, and
 * the baseline (score 0) at the 1.5th percentile, about the weakest node-periods seen. On
 * roughly normal values this makes about half the node-periods green, a fifth amber and the
 * rest red.
 */
final class Goals {
  /** The share of observed values that should reach green. */
  static final double GREEN_SHARE = 0.5;
  /** The percentile of observed values that scores 0. */
  static final double BASELINE_PERCENTILE = 1.5;

  private Goals() {}

  /**
   * The goal for {@code kpi} from its {@code values}; {@code greenAt} is the score threshold of
   * green (90 by default). The gap between target and baseline is at least 10% of the target
   * for additive KPIs, 5% for ratios and 5 points for growth, so a KPI that barely moves, or
   * one with few periods, still gets a target a person would set.
   */
  static Goal fit(double[] values, KpiRecipe kpi, int greenAt) {
    if (values.length == 0) {
      throw new IllegalArgumentException("Cannot fit a target for " + kpi.id() + " without values");
    }
    boolean lower = kpi.lowerIsBetter();
    double[] better = Arrays.stream(values).map(v -> lower ? -v : v).toArray();
    Percentile percentile = new Percentile();
    double green = percentile.evaluate(better, 100 * (1 - GREEN_SHARE));
    double spread = Math.max(green - percentile.evaluate(better, BASELINE_PERCENTILE), minimumGap(kpi, green));
    double baseline = green - spread;
    double target = baseline + spread / (greenAt / 100.0);
    return lower ? round(-target, -baseline) : round(target, baseline);
  }

  private static double minimumGap(KpiRecipe kpi, double green) {
    return switch (kpi.type()) {
      case SIMPLE -> Math.max(0.1 * Math.abs(green), 1);
      case RATIO -> Math.max(0.05 * Math.abs(green), 1e-6);
      case GROWTH -> 5;
    };
  }

  /** Both numbers rounded to a step of 1, 2 or 5 times a power of ten, about 1/20 of their gap. */
  static Goal round(double target, double baseline) {
    BigDecimal step = step(Math.abs(target - baseline) / 20);
    BigDecimal roundedTarget = multiple(target, step);
    BigDecimal roundedBaseline = multiple(baseline, step);
    if (roundedTarget.compareTo(roundedBaseline) == 0) {
      roundedTarget = target >= baseline ? roundedTarget.add(step) : roundedTarget.subtract(step);
    }
    return new Goal(plain(roundedTarget), plain(roundedBaseline));
  }

  static BigDecimal step(double rough) {
    int exponent = (int) Math.floor(Math.log10(rough));
    double mantissa = rough / Math.pow(10, exponent);
    int nice = mantissa < 1.5 ? 1 : mantissa < 3.5 ? 2 : mantissa < 7.5 ? 5 : 10;
    return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent);
  }

  private static BigDecimal multiple(double value, BigDecimal step) {
    return BigDecimal.valueOf(Math.round(value / step.doubleValue())).multiply(step);
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
