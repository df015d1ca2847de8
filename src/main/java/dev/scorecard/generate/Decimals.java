package dev.scorecard.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of simulated amounts to the precision a real export would carry. */
final class Decimals {
  private Decimals() {}

  /** {@code value} rounded half-up to {@code places} decimals, as written to a file. */
  static BigDecimal of(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
  }

  /** {@code value} rounded to a multiple of {@code step}, such as quarter hours. */
  static double step(double value, double step) {
    return Math.round(value / step) * step;
  }

  static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }
}
