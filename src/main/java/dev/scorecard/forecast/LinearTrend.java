package dev.scorecard.forecast;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A straight line through the whole series by least squares, {@code y_t = a + b t}, carried
 * forward: for a steady trend with noise around it rather than a level that wanders. Two
 * parameters; AICc needs {@code n > k + 1}, so 4 points.
 */
public final class LinearTrend implements ForecastModel {
  public static final String NAME = "linear";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int parameterCount() {
    return 2;
  }

  @Override
  public int minLength() {
    return 4;
  }

  @Override
  public Fitted fit(double[] y) {
    EtsFitting.check(this, y);
    SimpleRegression regression = new SimpleRegression();
    for (int t = 0; t < y.length; t++) {
      regression.addData(t, y[t]);
    }
    return new Line(regression.getIntercept(), regression.getSlope(), regression.getSumSquaredErrors(), y.length,
        regression.getXSumSquares());
  }

  /**
   * The fitted line. Its forecast at time {@code x} has the regression prediction variance
   * {@code sigma^2 (1 + 1/n + (x - xbar)^2 / Sxx)} with {@code sigma^2 = SSE / (n - 2)}.
   */
  record Line(double intercept, double slope, double sse, int n, double sxx) implements Fitted {
    @Override
    public String model() {
      return NAME;
    }

    @Override
    public int k() {
      return 2;
    }

    @Override
    public Forecast forecast(int horizon) {
      Fitted.checkHorizon(horizon);
      double xbar = (n - 1) / 2.0;
      double[] mean = new double[horizon];
      double[] sd = new double[horizon];
      for (int h = 1; h <= horizon; h++) {
        double x = n - 1 + h;
        mean[h - 1] = intercept + slope * x;
        sd[h - 1] = Math.sqrt(sigma2() * (1 + 1.0 / n + (x - xbar) * (x - xbar) / sxx));
      }
      return new Forecast(mean, sd);
    }
  }
}
