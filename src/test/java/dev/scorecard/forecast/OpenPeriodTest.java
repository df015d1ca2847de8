package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
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
}
