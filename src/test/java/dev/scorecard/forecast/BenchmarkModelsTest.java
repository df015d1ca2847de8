package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The seasonal naive forecast and the least-squares line, against hand computations. */
class BenchmarkModelsTest {
  /*
   * m = 3, y = 10 20 30 12 22 33 13: season-on-season changes 2, 2, 3, 1, SSE 18 over n - m = 4,
   * sigma^2 = 4.5. Forecasts repeat the last season 22, 33, 13, 22; sd sqrt(4.5) for one season
   * ahead, sqrt(2 * 4.5) = 3 for the second. AICc = n ln(sigma^2) = 7 ln 4.5 = 10.528.
   */
  @Test
  void seasonalNaiveRepeatsTheLastSeason() {
    Fitted fit = new SeasonalNaive(3).fit(new double[] {10, 20, 30, 12, 22, 33, 13});
    Forecast f = fit.forecast(4);

    assertThat(f.mean()).containsExactly(22, 33, 13, 22);
    assertThat(f.sd()).containsExactly(new double[] {Math.sqrt(4.5), Math.sqrt(4.5), Math.sqrt(4.5), 3}, within(1e-12));
    assertThat(fit.aicc()).isCloseTo(7 * Math.log(4.5), within(1e-12));
  }

  /*
   * y = 1 3 2 5 4 at t = 0..4: xbar 2, ybar 3, Sxx 10, Sxy 8, slope 0.8, intercept 1.4; residuals
   * -0.4 0.8 -1 1.2 -0.6, SSE 3.6, sigma^2 = 3.6 / 3 = 1.2. At t = 5: 5.4, variance
   * 1.2 (1 + 1/5 + 9/10) = 2.52; at t = 6: 6.2, variance 1.2 (1 + 1/5 + 16/10) = 3.36.
   * AICc = 5 ln(3.6/5) + 2*2 + 2*2*3/(5-2-1) = 5 ln 0.72 + 10.
   */
  @Test
  void linearTrendForecastsTheLineWithRegressionIntervals() {
    Fitted fit = new LinearTrend().fit(new double[] {1, 3, 2, 5, 4});
    Forecast f = fit.forecast(2);

    assertThat(f.mean()).containsExactly(new double[] {5.4, 6.2}, within(1e-12));
    assertThat(f.sd()).containsExactly(new double[] {Math.sqrt(2.52), Math.sqrt(3.36)}, within(1e-12));
    assertThat(fit.aicc()).isCloseTo(5 * Math.log(0.72) + 10, within(1e-12));
  }
}
