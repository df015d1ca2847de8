package dev.scorecard.forecast;

/**
 * The smoothing parameters of an ETS(A,*,*) model in error-correction form (FPP3 table 8.7).
 *
 * <p>A model without a trend has {@code beta = 0}, one without damping {@code phi = 1}, and one
 * without a season {@code gamma = 0}, so one recursion and one variance formula serve all.
 */
public record Smoothing(double alpha, double beta, double gamma, double phi) {
  static Smoothing level(double alpha) {
    return new Smoothing(alpha, 0, 0, 1);
  }

  static Smoothing trend(double alpha, double beta, double phi) {
    return new Smoothing(alpha, beta, 0, phi);
  }

  /** {@code phi + phi^2 + ... + phi^h}: how much of the trend an h-step forecast carries ({@code h} if undamped). */
  double dampedSum(int h) {
    double sum = 0;
    double power = 1;
    for (int j = 1; j <= h; j++) {
      power *= phi;
      sum += power;
    }
    return sum;
  }

  /**
   * The weight {@code c_j} of the error j steps back in an h-step forecast error (FPP3 table 8.8):
   * {@code alpha + beta * (phi + ... + phi^j) + gamma * [j is a multiple of m]}.
   */
  double errorWeight(int j, int m) {
    double seasonal = m > 0 && j % m == 0 ? gamma : 0;
    return alpha + beta * dampedSum(j) + seasonal;
  }
}
