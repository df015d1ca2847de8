package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EtsFilterTest {
  private static final double[] Y = {10, 20, 30, 20, 14, 24, 34, 24};
  private static final Smoothing FIXED = new Smoothing(0.5, 0.25, 0.25, 1);
  private static final EtsState START = new EtsState(20, 1, new double[] {-10, 0, 10, 0}, 0);

  /*
   * Additive Holt-Winters, m = 4, alpha = 0.5, beta = 0.25, gamma = 0.25 (fixed, not fitted).
   * Given starting states (START): first-season mean (10+20+30+20)/4 = 20 = level; second-season mean
   * (14+24+34+24)/4 = 24, trend = (24 - 20)/4 = 1; seasons y_j - 20 = [-10, 0, 10, 0].
   * Each step: yhat = l + b + s[t%4]; e = y - yhat; l' = l + b + 0.5e; b' = b + 0.25e; s[t%4] += 0.25e.
   * t=0: yhat = 20 + 1 - 10 = 11;                  e = -1;          l = 21 - 0.5 = 20.5;          b = 0.75;        s0 = -10.25
   * t=1: yhat = 20.5 + 0.75 + 0 = 21.25;           e = -1.25;       l = 21.25 - 0.625 = 20.625;   b = 0.4375;      s1 = -0.3125
   * t=2: yhat = 20.625 + 0.4375 + 10 = 31.0625;    e = -1.0625;     l = 21.0625 - 0.53125 = 20.53125; b = 0.171875; s2 = 9.734375
   * t=3: yhat = 20.53125 + 0.171875 + 0 = 20.703125; e = -0.703125; l = 20.3515625;              b = -0.00390625; s3 = -0.17578125
   * t=4: yhat = 20.3515625 - 0.00390625 - 10.25 = 10.09765625; e = 3.90234375;
   *      l = 20.34765625 + 1.951171875 = 22.298828125; b = 0.9716796875; s0 = -10.25 + 0.9755859375 = -9.2744140625
   * t=5: yhat = 22.298828125 + 0.9716796875 - 0.3125 = 22.9580078125; e = 1.0419921875;
   *      l = 23.2705078125 + 0.52099609375 = 23.79150390625; b = 1.232177734375; s1 = -0.052001953125
   * t=6: yhat = 23.79150390625 + 1.232177734375 + 9.734375 = 34.758056640625; e = -0.758056640625;
   *      l = 25.023681640625 - 0.3790283203125 = 24.6446533203125; b = 1.04266357421875; s2 = 9.54486083984375
   * t=7: yhat = 24.6446533203125 + 1.04266357421875 - 0.17578125 = 25.51153564453125; e = -1.51153564453125;
   *      l = 25.68731689453125 - 0.755767822265625 = 24.931549072265625; b = 0.6647796630859375;
   *      s3 = -0.17578125 - 0.3778839111328125 = -0.5536651611328125
   * Forecasts: h=1: 24.931549072265625 + 0.6647796630859375 - 9.2744140625 = 16.321914672851562
   *            h=2: 24.931549072265625 + 2*0.6647796630859375 - 0.052001953125 = 26.2091064453125
   * SSE = 1 + 1.5625 + 1.12890625 + 0.494384765625 + 15.228286743 + 1.085747719 + 0.574649870 + 2.284740005 = 23.359215353
   */
  @Test
  void holtWintersMatchesHandComputation() {
    EtsFilter.Run run = EtsFilter.run(Y, FIXED, START);

    assertThat(run.state().level()).isCloseTo(24.931549072265625, within(1e-12));
    assertThat(run.state().trend()).isCloseTo(0.6647796630859375, within(1e-12));
    assertThat(run.state().season())
        .containsExactly(new double[] {-9.2744140625, -0.052001953125, 9.54486083984375, -0.5536651611328125},
            within(1e-12));
    assertThat(run.sse()).isCloseTo(23.35921535268426, within(1e-9));
    assertThat(EtsFilter.forecast(run.state(), FIXED, 1)).isCloseTo(16.321914672851562, within(1e-12));
    assertThat(EtsFilter.forecast(run.state(), FIXED, 2)).isCloseTo(26.2091064453125, within(1e-12));
  }

  /*
   * Same run as a Fit of n = 13 points (as if the series were longer) with k = 3 and 5 starting states
   * (level, slope, 3 free seasonals), p = 8: sigma^2 = (1 + 8/13) * 23.35921535268426 / (13 - 8) = 7.546823421636454.
   * sd_1 = sigma; c_1 = alpha + beta*1 + gamma*[1 % 4 == 0] = 0.75, so sd_2 = sigma*sqrt(1 + 0.5625);
   * c_2 = 1.0, c_3 = 1.25, so sd_4 = sigma*sqrt(1 + 0.5625 + 1 + 1.5625) = sigma*sqrt(4.125);
   * c_4 = 0.5 + 1 + 0.25 = 1.75, so sd_5 = sigma*sqrt(4.125 + 3.0625) = sigma*sqrt(7.1875).
   * Intervals are Student's t with n - p = 5 degrees of freedom (t quantiles from scipy):
   * 95% lower at h=1: 16.321914672851562 - 2.5705818356 * 2.747148593 = 9.260145321763645;
   * 80% upper at h=1: 16.321914672851562 + 1.4758840488 * 2.747148593 = 20.376386931723783.
   */
  @Test
  void intervalsFollowTheAnalyticVariance() {
    EtsFilter.Run run = EtsFilter.run(Y, FIXED, START);
    Forecast f = new Fit("hw", FIXED, run.state(), run.sse(), 13, 3).forecast(5);
    double sigma = Math.sqrt(7.546823421636454);

    assertThat(f.sd()).containsExactly(new double[] {sigma, sigma * Math.sqrt(1.5625), sigma * Math.sqrt(2.5625),
        sigma * Math.sqrt(4.125), sigma * Math.sqrt(7.1875)}, within(1e-9));
    assertThat(f.df()).isEqualTo(5);
    assertThat(f.lower(Forecast.LEVEL_95)[0]).isCloseTo(9.260145321763645, within(1e-6));
    assertThat(f.upper(Forecast.LEVEL_80)[0]).isCloseTo(20.376386931723783, within(1e-6));
  }

  /* Damped trend: l = 10, b = 2, phi = 0.9: h=3 forecast = 10 + (0.9 + 0.81 + 0.729) * 2 = 14.878. */
  @Test
  void dampedForecastSumsPowersOfPhi() {
    EtsState state = new EtsState(10, 2, new double[0], 5);
    assertThat(EtsFilter.forecast(state, Smoothing.trend(0.5, 0.1, 0.9), 3)).isCloseTo(14.878, within(1e-12));
  }
}
