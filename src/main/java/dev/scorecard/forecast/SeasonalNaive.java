package dev.scorecard.forecast;

import java.util.Arrays;

/**
 * Seasonal naive: each future period repeats the same period of the last season (FPP3 5.2).
 * Nothing is fitted ({@code k = 0}); its errors are the changes from one season to the next,
 * {@code y_t - y_{t-m}}, which exist from the second season on. Needs {@code m + 2} points so
 * at least two such errors give its variance.
 */
public final class SeasonalNaive implements ForecastModel {
  public static final String NAME = "seasonal-naive";
  private final int m;

  public SeasonalNaive(int m) {
    if (m < 2) {
      throw new IllegalArgumentException(String.format("Cannot make seasonal naive with season length %d: need >= 2", m));
    }
    this.m = m;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int parameterCount() {
    return 0;
  }

  @Override
  public int minLength() {
    return m + 2;
  }

  @Override
  public Fitted fit(double[] y) {
    EtsFitting.check(this, y);
    double sse = 0;
    for (int t = m; t < y.length; t++) {
      double error = y[t] - y[t - m];
      sse += error * error;
    }
    return new LastSeason(Arrays.copyOfRange(y, y.length - m, y.length), sse, y.length);
  }

  /**
   * The last season and the squared season-on-season changes. Its error variance is their mean
   * over the {@code n - m} points that have one, and AICc uses that same variance, so it is
   * comparable with models whose errors cover all n points.
   */
  record LastSeason(double[] season, double sse, int n) implements Fitted {
    @Override
    public String model() {
      return NAME;
    }

    @Override
    public int k() {
      return 0;
    }

    @Override
    public double sigma2() {
      return sse / (n - season.length);
    }

    @Override
    public double aicc() {
      return n * Math.log(Math.max(sigma2(), SSE_FLOOR));
    }

    /** Step h repeats {@code season[(h-1) mod m]}; its sd is {@code sigma * sqrt(floor((h-1)/m) + 1)} (FPP3 5.5). */
    @Override
    public Forecast forecast(int horizon) {
      Fitted.checkHorizon(horizon);
      int m = season.length;
      double sigma = Math.sqrt(sigma2());
      double[] mean = new double[horizon];
      double[] sd = new double[horizon];
      for (int h = 1; h <= horizon; h++) {
        mean[h - 1] = season[(h - 1) % m];
        sd[h - 1] = sigma * Math.sqrt((h - 1) / m + 1);
      }
      return new Forecast(mean, sd, n - m);
    }
  }
}
