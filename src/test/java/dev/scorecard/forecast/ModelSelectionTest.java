package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelSelectionTest {
  /* y_t = 10 + 2t: Holt fits it with SSE 0 (AICc -> -infinity); SES and damped leave errors, HW's start misses. */
  @Test
  void aiccPicksATrendModelForALine() {
    double[] y = new double[24];
    for (int t = 0; t < y.length; t++) {
      y[t] = 10 + 2 * t;
    }
    ModelSelection.Selected selected = ModelSelection.forecast(y, 4, 6);
    assertThat(selected.model()).isEqualTo("holt");
    assertThat(selected.forecast().mean()).containsExactly(new double[] {58, 60, 62, 64, 66, 68}, within(1e-6));
  }

  /* Pattern +5, -5, +10, -10 around a slowly rising level, 6 seasons of m = 4, small wiggle. */
  @Test
  void aiccPicksHoltWintersForASeasonalSeries() {
    double[] pattern = {5, -5, 10, -10};
    double[] y = new double[24];
    for (int t = 0; t < y.length; t++) {
      y[t] = 50 + 0.5 * t + pattern[t % 4] + 0.3 * Math.sin(1.7 * t);
    }
    assertThat(ModelSelection.best(y, 4).model()).isEqualTo("holt-winters");
  }

  /*
   * Candidates by length: SES from 3, Holt from 4, damped from 5, seasonal naive
   * (m = 4) from 4 + 2 = 6, the seasonal ETS models (no slope, slope, damped slope) from
   * 2*4 + 2 = 10; seasonal factors and relative errors only for positive series.
   */
  @ParameterizedTest
  @CsvSource({"3, false, ses", "3, true, ses ses-relative", "4, false, ses holt",
      "5, false, ses holt damped", "6, false, ses holt damped seasonal-naive",
      "9, false, ses holt damped seasonal-naive",
      "10, false, ses holt damped seasonal holt-winters damped-holt-winters seasonal-naive",
      "10, true, ses holt damped seasonal holt-winters damped-holt-winters seasonal-mul holt-winters-mul "
          + "damped-holt-winters-mul ses-relative holt-relative damped-relative seasonal-mul-relative "
          + "holt-winters-mul-relative damped-holt-winters-mul-relative seasonal-naive"})
  void candidatesNeedEnoughPoints(int n, boolean positive, String names) {
    assertThat(ModelSelection.candidates(n, 4, positive)).extracting(ForecastModel::name)
        .containsExactly(names.split(" "));
  }

  /* Seasonal swing in proportion to a level that doubles over 6 years of months: factors fit, offsets do not. */
  @Test
  void aiccPicksMultiplicativeHoltWintersWhenTheSwingGrowsWithTheLevel() {
    double[] y = new double[72];
    for (int t = 0; t < y.length; t++) {
      y[t] = (100 + 2 * t) * (1 + 0.4 * Math.sin(2 * Math.PI * t / 12)) + 0.5 * Math.sin(1.3 * t);
    }
    assertThat(ModelSelection.best(y, 12).model()).isEqualTo("holt-winters-mul");
  }

  /* Two points 3, 5: last value 5; sample sd = sqrt(((3-4)^2 + (5-4)^2) / 1) = sqrt(2). */
  @Test
  void shortSeriesGetsNaiveForecastWithItsOwnSd() {
    ModelSelection.Selected selected = ModelSelection.forecast(new double[] {3, 5}, 0, 3);
    assertThat(selected.model()).isEqualTo(ModelSelection.NAIVE);
    assertThat(selected.forecast().mean()).containsExactly(5, 5, 5);
    assertThat(selected.forecast().sd()).containsExactly(new double[] {Math.sqrt(2), Math.sqrt(2), Math.sqrt(2)},
        within(1e-12));
  }

  @Test
  void constantSeriesGetsZeroWidthNaiveForecast() {
    Forecast f = ModelSelection.forecast(new double[] {7, 7, 7, 7, 7}, 0, 2).forecast();
    assertThat(f.lower(Forecast.LEVEL_95)).containsExactly(7, 7);
    assertThat(f.upper(Forecast.LEVEL_95)).containsExactly(7, 7);
  }

  @Test
  void emptySeriesOrHorizonIsRejectedWithValues() {
    assertThatThrownBy(() -> ModelSelection.forecast(new double[0], 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot forecast 1 steps of a series of 0 points: need horizon >= 1 and points >= 1");
    assertThatThrownBy(() -> ModelSelection.forecast(new double[] {1, 2}, 0, 0))
        .hasMessage("Cannot forecast 0 steps of a series of 2 points: need horizon >= 1 and points >= 1");
  }
}
