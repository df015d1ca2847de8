package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenPeriodTest {
  private static final LocalDate Q_START = LocalDate.parse("2026-10-01");
  private static final LocalDate Q_END = LocalDate.parse("2026-12-31");

  /*
   * Quarter Oct-Dec 2026, 92 days; the model says 920 +/- 92 (sd) for the whole quarter, 400 is in.
   * Through 2026-11-15: 46 days remain (Nov 16-30: 15, Dec: 31), r = 0.5: 400 + 460 = 860, sd 92 sqrt(0.5).
   * Through 2026-10-31: 61 of 92 days remain: 400 + 920 * 61/92 = 1010, sd 92 sqrt(61/92).
   * Through 2026-12-31 or later: nothing remains: the actual, sd 0. Through 2026-09-30 (before): all of it, 400 + 920.
   */
  @ParameterizedTest
  @CsvSource({"2026-11-15, 860, 65.05382386916237", "2026-12-31, 400, 0", "2027-01-10, 400, 0",
      "2026-09-30, 1320, 92", "2026-10-31, 1010, 74.91328320131217"})
  void actualPlusTheRestOfTheForecast(String through, double mean, double sd) {
    double[] whole = OpenPeriod.wholePeriod(400, 920, 92, Q_START, Q_END, LocalDate.parse(through));
    assertThat(whole[0]).isCloseTo(mean, within(1e-9));
    assertThat(whole[1]).isCloseTo(sd, within(1e-9));
  }

  /*
   * A 30-day month, through the 15th: r = 15/30 = 0.5. Numerator 30 and denominator 100 in so far;
   * the models say 40 and 200 for a whole month, and the ratio's own model has sd 2.
   * N = 30 + 0.5 * 40 = 50, D = 100 + 0.5 * 200 = 200: 100 * 50 / 200 = 25.
   * w = 100 / 200 = 0.5: sd = (1 - 0.5) * 2 / sqrt(0.5) = sqrt(2) = 1.4142135623730951.
   * Through the 30th: nothing remains, the ratio to date 30%, sd 0. Through the day before the
   * month, nothing in: 100 * 40 / 200 = 20 with the model's sd 2.
   */
  @ParameterizedTest
  @CsvSource({"2026-06-15, 30, 100, 25, 1.4142135623730951", "2026-06-30, 30, 100, 30, 0", "2026-05-31, 0, 0, 20, 2"})
  void ratioFromItsPartsToDatePlusTheRestOfEach(String through, double numerator, double denominator, double mean,
      double sd) {
    double[] whole = OpenPeriod.ratioWholePeriod(numerator, denominator, 40, 200, 2, 100,
        LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"), LocalDate.parse(through)).orElseThrow();
    assertThat(whole[0]).isCloseTo(mean, within(1e-9));
    assertThat(whole[1]).isCloseTo(sd, within(1e-9));
  }

  @Test
  void noRatioWithoutADenominator() {
    assertThat(OpenPeriod.ratioWholePeriod(5, 0, 3, 0, 1, 100, LocalDate.parse("2026-06-01"),
        LocalDate.parse("2026-06-30"), LocalDate.parse("2026-06-15"))).isEmpty();
  }
}
