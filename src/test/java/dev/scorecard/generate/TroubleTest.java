package dev.scorecard.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample's trouble as numbers: who, from when, how much; and what targets are set on. */
class TroubleTest {
  private static final Trouble BREWHAUS = Trouble.brewhaus();
  private static final Span SAMPLE = new Span(GeneratorOptions.SAMPLE_START, GeneratorOptions.SAMPLE_DAYS);

  @ParameterizedTest
  @CsvSource({
      // 2% a week, compounding: 0.98^(days since 2026-08-01 / 7).
      "north, 2026-07-31, 1",
      "north, 2026-08-01, 1",
      "north, 2026-08-08, 0.98",
      "north, 2026-08-15, 0.9604",
      // 91 days = 13 weeks: 0.98^13 = 0.76902238926...
      "north, 2026-10-31, 0.7690223892601038",
      "south, 2026-10-31, 1",
      "west, 2026-10-31, 1"})
  void northSalesDriftDownTwoPercentAWeek(String region, LocalDate date, double factor) {
    assertThat(BREWHAUS.salesFactor(region, date)).isCloseTo(factor, within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({"muc-02, 2026-08-09, 0", "muc-02, 2026-08-10, -2", "muc-02, 2026-10-31, -2", "muc-01, 2026-09-01, 0"})
  void muc02RatingsDropTwoPointsFromAugustTenth(String location, LocalDate date, double shift) {
    assertThat(BREWHAUS.ratingShift(location, date)).isEqualTo(shift);
  }

  @ParameterizedTest
  @CsvSource({"energy_waste, 2026-09-20, true", "energy_waste, 2026-09-21, false", "energy_waste, 2026-10-01, false",
      "pos_daily, 2026-10-31, true", "surveys, 2026-10-31, true"})
  void energyWasteStopsAfterSeptemberTwentieth(String source, LocalDate date, boolean delivers) {
    assertThat(BREWHAUS.delivers(source, date)).isEqualTo(delivers);
  }

  @Test
  void targetsAreSetOnTheDaysBeforeTheFirstTrouble() {
    // 2023-11-01 to 2026-07-31: 731 days to 2025-11-01, 273 more to 2026-08-01.
    Span calm = BREWHAUS.calmPart(SAMPLE);

    assertThat(calm).isEqualTo(new Span(LocalDate.of(2023, 11, 1), 1004));
    assertThat(calm.end()).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(Trouble.NONE.calmPart(SAMPLE)).isEqualTo(SAMPLE);
  }

  @Test
  void untroubledTenantsAreLeftAlone() {
    assertThat(Trouble.NONE.salesFactor("north", LocalDate.of(2026, 10, 31))).isEqualTo(1.0);
    assertThat(Trouble.NONE.ratingShift("muc-02", LocalDate.of(2026, 10, 31))).isEqualTo(0.0);
    assertThat(Trouble.NONE.delivers("energy_waste", LocalDate.of(2026, 10, 31))).isTrue();
    assertThat(Trouble.NONE.notes()).isEmpty();
    assertThat(Trouble.NONE.firstDay()).isEmpty();
  }

  @Test
  void troubleFromTheFirstDayLeavesNothingToCalibrateOn() {
    Trouble early = new Trouble(List.of(new Trouble.SalesDrift("north", SAMPLE.start(), 0.02)));

    assertThatThrownBy(() -> early.calmPart(SAMPLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot calibrate targets: trouble starts 2023-11-01, not after the first day 2023-11-01");
  }

  @Test
  void notesNameWhereWhenAndHowMuch() {
    assertThat(BREWHAUS.notes()).containsExactly(
        "muc-02: from 2026-08-10 every survey rating is 2 points lower, so its NPS and CSAT collapse.",
        "north: from 2026-08-01 the net sales of all its locations drift down 2% a week, compounding.",
        "energy_waste: the export stopped after 2026-09-20; no rows after that day and no file for a later month.");
  }
}
