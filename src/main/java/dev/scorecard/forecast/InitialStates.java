package dev.scorecard.forecast;

/**
 * Starting states from the first observations, by a fixed heuristic rather than by fitting
 * (so they are not counted as parameters):
 *
 * <ul>
 *   <li>no trend: level = {@code y[0]}, so the first one-step error is 0;
 *   <li>trend: trend = {@code y[1] - y[0]}, level = {@code y[0] - phi * trend}, so the first
 *       forecast is {@code y[0]} and a straight line is followed exactly;
 *   <li>season m: level = mean of the first season, trend = (mean of second season - mean of
 *       first) / m, seasonal of phase j = {@code y[j]} - mean of the first season (FPP2 7.3),
 *       or {@code y[j]} / mean of the first season for seasonal factors; trend 0 without a slope.
 * </ul>
 */
final class InitialStates {
  private InitialStates() {}

  static EtsState of(double[] y, int m, boolean trend, double phi, boolean multiplicative) {
    if (m > 0) {
      EtsState seasonal = seasonal(y, m, multiplicative);
      return trend ? seasonal : new EtsState(seasonal.level(), 0, seasonal.season(), 0, multiplicative);
    }
    double slope = trend ? y[1] - y[0] : 0;
    return new EtsState(y[0] - phi * slope, slope, new double[0], 0);
  }

  private static EtsState seasonal(double[] y, int m, boolean multiplicative) {
    double first = mean(y, 0, m);
    double second = mean(y, m, 2 * m);
    double[] season = new double[m];
    for (int j = 0; j < m; j++) {
      season[j] = multiplicative ? y[j] / first : y[j] - first;
    }
    return new EtsState(first, (second - first) / m, season, 0, multiplicative);
  }

  private static double mean(double[] y, int from, int to) {
    double sum = 0;
    for (int t = from; t < to; t++) {
      sum += y[t];
    }
    return sum / (to - from);
  }
}
