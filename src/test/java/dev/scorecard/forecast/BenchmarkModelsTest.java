package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The seasonal naive forecast against a hand computation. */
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
}
