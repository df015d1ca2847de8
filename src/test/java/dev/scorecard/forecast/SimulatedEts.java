package dev.scorecard.forecast;

import java.util.Random;

/**
 * Series drawn from an ETS model, written out from Hyndman et al. (2008, table 2.3) with the
 * relative error {@code eps} for multiplicative errors, apart from the engine's own recursion:
 * the truth that the coverage and reliability tests hold the engine's intervals to.
 *
 * @param code e.g. {@code MAdM}: error A/M, trend N/A/Ad, season N/A/M
 * @param sigma the sd of the errors: absolute with additive errors, relative with multiplicative ones
 */
record SimulatedEts(String code, double alpha, double beta, double gamma, double phi, double sigma, double level,
    double slope, double[] season) {

  /**
   * A class of model with parameters that KPI series show: level 1,000, slope 5 per period, a
   * season of +/-20% over m periods, errors of 5% (sd 50 when additive), alpha 0.3, beta 0.03,
   * gamma 0.1, phi 0.95.
   */
  static SimulatedEts of(String code, int m) {
    char error = code.charAt(0);
    String trend = code.substring(1, code.length() - 1);
    char seasonKind = code.charAt(code.length() - 1);
    double[] factors = new double[m];
    for (int j = 0; j < m; j++) {
      factors[j] = 1 + 0.2 * Math.sin(2 * Math.PI * (j + 0.5) / m);
    }
    double[] season = switch (seasonKind) {
      case 'N' -> new double[0];
      case 'A' -> java.util.Arrays.stream(factors).map(f -> 1000 * (f - 1)).toArray();
      default -> factors;
    };
    double sigma = error == 'M' ? 0.05 : 50;
    return new SimulatedEts(code, 0.3, trend.equals("N") ? 0 : 0.03, seasonKind == 'N' ? 0 : 0.1,
        trend.equals("Ad") ? 0.95 : 1, sigma, 1000, trend.equals("N") ? 0 : 5, season);
  }

  double[] draw(Random random, int n) {
    boolean relative = code.charAt(0) == 'M';
    boolean factors = code.endsWith("M");
    double l = level;
    double b = slope;
    double[] s = season.clone();
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      double base = l + phi * b;
      double seasonal = s.length == 0 ? (factors ? 1 : 0) : s[t % s.length];
      double mu = factors ? base * seasonal : base + seasonal;
      double e = sigma * random.nextGaussian();
      double absolute = relative ? mu * e : e;
      y[t] = mu + absolute;
      if (factors) {
        l = base + alpha * absolute / seasonal;
        b = phi * b + beta * absolute / seasonal;
        s[t % s.length] = seasonal + gamma * absolute / base;
      } else {
        l = base + alpha * absolute;
        b = phi * b + beta * absolute;
        if (s.length > 0) {
          s[t % s.length] = seasonal + gamma * absolute;
        }
      }
    }
    return y;
  }
}
