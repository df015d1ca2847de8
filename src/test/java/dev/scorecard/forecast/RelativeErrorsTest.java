package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ETS models with multiplicative (relative) errors: recursion, likelihood, intervals, selection. */
class RelativeErrorsTest {

  /*
   * The engine updates the states with the raw error e = y - mu (EtsFilter.step). Hyndman et al.
   * (2008, table 2.3) write the multiplicative-error models with eps = e / mu:
   *   season N or M:  l' = (l + phi b)(1 + alpha eps)   b' = phi b + beta (l + phi b) eps   s' = s (1 + gamma eps)
   *   season A:       l' = l + phi b + alpha mu eps     b' = phi b + beta mu eps           s' = s + gamma mu eps
   * with mu = (l + phi b) s, or l + phi b + s. Both are run side by side over eight observations from
   * the same states, for every trend and season; they must agree at every step.
   */
  @ParameterizedTest
  @CsvSource({"N, N", "A, N", "Ad, N", "N, A", "A, A", "Ad, A", "N, M", "A, M", "Ad, M"})
  void rawErrorUpdatesEqualTheRelativeErrorFormOfHyndmanEtAl(String trend, String season) {
    double phi = trend.equals("Ad") ? 0.9 : 1;
    double beta = trend.equals("N") ? 0 : 0.1;
    double gamma = season.equals("N") ? 0 : 0.2;
    Smoothing p = new Smoothing(0.5, beta, gamma, phi);
    boolean factors = season.equals("M");
    double[] s0 = switch (season) {
      case "N" -> new double[0];
      case "A" -> new double[] {-15, 5, 10};
      default -> new double[] {0.8, 1.05, 1.15};
    };
    double[] y = {90, 112, 121, 86, 118, 130, 95, 101};
    EtsState engine = new EtsState(100, trend.equals("N") ? 0 : 2, s0, 0, factors);
    double l = 100;
    double b = engine.trend();
    double[] s = s0.clone();
    for (int t = 0; t < y.length; t++) {
      double base = l + phi * b;
      double seasonal = s.length == 0 ? (factors ? 1 : 0) : s[t % s.length];
      double mu = factors ? base * seasonal : base + seasonal;
      double eps = (y[t] - mu) / mu;
      if (season.equals("A")) {
        l = base + p.alpha() * mu * eps;
        b = phi * b + beta * mu * eps;
        s[t % s.length] = seasonal + gamma * mu * eps;
      } else {
        l = base * (1 + p.alpha() * eps);
        b = phi * b + beta * base * eps;
        if (factors) {
          s[t % s.length] = seasonal * (1 + gamma * eps);
        }
      }
      assertThat(EtsFilter.forecast(engine, p, 1)).isCloseTo(mu, within(1e-9));
      engine = EtsFilter.step(engine, p, y[t] - mu);
      assertThat(engine.level()).isCloseTo(l, within(1e-9));
      assertThat(engine.trend()).isCloseTo(b, within(1e-9));
      assertThat(engine.season()).containsExactly(s, within(1e-9));
    }
  }

  /*
   * ETS(M,N,N), alpha 0.5, y = 10, 12, 9, 11, level starts at y[0] = 10:
   *   t=0: mu 10, e 0, eps 0,        l 10      t=1: mu 10, e 2, eps 0.2,     l 11
   *   t=2: mu 11, e -2, eps -2/11,   l 10      t=3: mu 10, e 1, eps 0.1,     l 10.5
   * sum eps^2 = 0.04 + 4/121 + 0.01 = 0.08305785123966943; sum ln mu = 3 ln 10 + ln 11 = 9.30565055178051.
   * AICc with n = 4, k = 1: 4 ln(0.0830578.../4) + 2 * 9.30565... + 2 + 2*1*2/(4-1-1) = 7.113252014714831;
   * sigma^2 = (1 + p/n) sum eps^2 / (n - p), p = k + 1 starting level = 2: 1.5 * 0.0830578.../2.
   */
  @Test
  void relativeErrorLikelihoodOfSimpleSmoothingMatchesHandTrace() {
    double[] y = {10, 12, 9, 11};
    Smoothing p = Smoothing.level(0.5);
    EtsFilter.Run run = EtsFilter.run(y, p, new EtsState(10, 0, new double[0], 0));

    assertThat(run.state().level()).isCloseTo(10.5, within(1e-12));
    assertThat(run.relativeSse()).isCloseTo(0.08305785123966943, within(1e-15));
    assertThat(run.logForecasts()).isCloseTo(9.30565055178051, within(1e-12));
    Fit fit = Fit.relative("ses-relative", p, run.state(), run.relativeSse(), run.logForecasts(), 4, 1);
    assertThat(fit.aicc()).isCloseTo(7.113252014714831, within(1e-12));
    assertThat(fit.sigma2()).isCloseTo(1.5 * 0.08305785123966943 / 2, within(1e-15));
  }

  @Test
  void aForecastAtOrBelowZeroHasNoRelativeLikelihood() {
    EtsFilter.Run run = EtsFilter.run(new double[] {5, -20, 5}, Smoothing.level(0.9), new EtsState(5, 0, new double[0], 0));
    assertThat(run.relativeSse()).isInfinite();
    assertThat(run.sse()).isFinite();
  }

  /*
   * ETS(M,N,N) has the closed form v_h = l^2 [(1 + sigma^2)(1 + alpha^2 sigma^2)^(h-1) - 1]
   * (Hyndman et al. 2008, 6.3). l = 50, alpha = 0.3, sigma^2 = 0.04 (n = 12, p = k + 1 state = 2, SSE = 0.04 (n - p) / (1 + p/n)):
   * sd = 10, 10.457533169921097, 10.897416941642673, 11.321714062172745.
   */
  @Test
  void simpleSmoothingWithRelativeErrorsHasTheClosedFormVariance() {
    Fit fit = Fit.relative("ses-relative", Smoothing.level(0.3), new EtsState(50, 0, new double[0], 12),
        0.04 * 10 / (1 + 2.0 / 12), 0, 12, 1);
    Forecast f = fit.forecast(4);
    assertThat(f.mean()).containsExactly(50, 50, 50, 50);
    assertThat(f.sd()).containsExactly(new double[] {10, 10.457533169921097, 10.897416941642673, 11.321714062172745},
        within(1e-9));
  }

  /*
   * ETS(M,A,N), l = 100, b = 2, alpha 0.5, beta 0.1, sigma^2 = 0.01 (n = 13, p = k + 2 states = 4):
   * mu_h = 100 + 2h; c_j = 0.5 + 0.1 j; theta_1 = 102^2 = 10404,
   * theta_2 = 104^2 + 0.01 * 0.6^2 * 10404 = 10853.4544, v_2 = 1.01 * 10853.4544 - 104^2 = 145.988944,
   * and so on (computed apart in Python): sd = 10.2, 12.082588464397876, 14.258771202260087,
   * 16.696907708552292, 19.373139058610835.
   */
  @Test
  void holtWithRelativeErrorsFollowsTheClassTwoRecursion() {
    Fit fit = Fit.relative("holt-relative", Smoothing.trend(0.5, 0.1, 1), new EtsState(100, 2, new double[0], 13),
        0.01 * 9 / (1 + 4.0 / 13), 0, 13, 2);
    Forecast f = fit.forecast(5);
    assertThat(f.mean()).containsExactly(102, 104, 106, 108, 110);
    assertThat(f.sd()).containsExactly(new double[] {10.2, 12.082588464397876, 14.258771202260087, 16.696907708552292,
        19.373139058610835}, within(1e-9));
  }

  /* The closed form against the model's own sample paths (2,000, seeded): within 5% at every step. */
  @Test
  void classTwoVarianceAgreesWithSimulatedPaths() {
    Fit fit = Fit.relative("damped-relative", Smoothing.trend(0.4, 0.1, 0.9), new EtsState(100, 3, new double[0], 22),
        0.0225 * 18 / (1 + 4.0 / 22), 0, 22, 2);
    Forecast analytic = fit.forecast(6);
    Forecast simulated = SimulatedSpread.forecast(fit, 6);
    for (int h = 0; h < 6; h++) {
      assertThat(simulated.sd()[h]).isCloseTo(analytic.sd()[h], within(0.05 * analytic.sd()[h]));
    }
  }

  /*
   * A level that grows tenfold over 8 years with 8% relative noise and a season of factors: the
   * relative-error models fit it better (AICc; holt-winters-mul-relative is chosen) and the
   * one-step 80% half-width at the end is then 0.9-1.8 times 1.2816 * 8% of the forecast (1.40): the
   * fitted relative sd is above 8%, as the seasonal factors start from two noisy seasons, and the
   * interval allows for the 16 estimated parameters and states (Fit#sigma2, t with 80 df).
   * The same model with additive errors has one variance for the whole history, the variance of
   * levels ten times lower on average: its interval at the end is under half as wide (59 against 125).
   */
  @Test
  void aSeriesWhoseNoiseGrowsWithItsLevelGetsRelativeErrorsAndIntervalsThatGrowToo() {
    Random random = new Random(11);
    double[] y = new double[96];
    double[] season = {0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.2, 1.1, 1.0, 0.9, 0.8, 0.7};
    for (int t = 0; t < y.length; t++) {
      double level = 100 * Math.pow(10, t / 95.0);
      y[t] = level * season[t % 12] * (1 + 0.08 * random.nextGaussian());
    }
    ModelSelection.Selected selected = ModelSelection.forecast(y, 12, 1);
    Forecast f = selected.forecast();
    double noise = 1.2816 * 0.08 * f.mean()[0];
    Forecast additive = new EtsModel(Errors.ADDITIVE, EtsModel.Trend.ADDITIVE, EtsModel.Season.MULTIPLICATIVE, 12)
        .fit(y).forecast(1);

    assertThat(selected.model()).isEqualTo("holt-winters-mul-relative");
    assertThat(f.upper(Forecast.LEVEL_80)[0] - f.mean()[0]).isBetween(0.9 * noise, 1.8 * noise);
    assertThat(additive.upper(Forecast.LEVEL_80)[0] - additive.mean()[0])
        .isLessThan(0.5 * (f.upper(Forecast.LEVEL_80)[0] - f.mean()[0]));
  }
}
