package dev.scorecard.forecast;

/**
 * Symmetric mean absolute percentage error, in percent (0 to 200):
 * {@code 100/n * sum |F - A| / ((|A| + |F|) / 2)}, where a term with A = F = 0 counts as 0
 * (a perfect forecast of zero). It scores forecasts of series on different scales alike.
 */
public final class Smape {
  private Smape() {}

  public static double of(double[] actual, double[] forecast) {
    if (actual.length != forecast.length || actual.length == 0) {
      throw new IllegalArgumentException(String.format(
          "Cannot compute sMAPE of %d actuals and %d forecasts: need equal, non-zero lengths",
          actual.length, forecast.length));
    }
    double sum = 0;
    for (int t = 0; t < actual.length; t++) {
      sum += term(actual[t], forecast[t]);
    }
    return 100 * sum / actual.length;
  }

  private static double term(double a, double f) {
    double scale = (Math.abs(a) + Math.abs(f)) / 2;
    return scale == 0 ? 0 : Math.abs(f - a) / scale;
  }
}
