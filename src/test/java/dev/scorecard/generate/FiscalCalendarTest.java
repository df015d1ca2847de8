package dev.scorecard.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scorecard.config.Grain;
import dev.scorecard.generate.FiscalCalendar.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {
  private static final FiscalCalendar APRIL = new FiscalCalendar(4);

  @ParameterizedTest
  @CsvSource({
      "4, QUARTER, 2024-02, 2024-01",
      "4, QUARTER, 2024-04, 2024-04",
      "4, QUARTER, 2024-12, 2024-10",
      "4, YEAR, 2024-02, 2023-04",
      "4, YEAR, 2024-04, 2024-04",
      "1, YEAR, 2024-12, 2024-01",
      "1, QUARTER, 2024-06, 2024-04",
      "1, MONTH, 2024-06, 2024-06"})
  void periodStartFollowsTheFiscalYear(int startMonth, Grain grain, String month, String start) {
    assertThat(new FiscalCalendar(startMonth).periodStart(grain, YearMonth.parse(month)))
        .isEqualTo(YearMonth.parse(start));
  }

  @Test
  void sampleSpanHasPartialQuartersAtBothEnds() {
    List<Period> quarters = APRIL.periods(Grain.QUARTER, new Span(LocalDate.of(2023, 11, 1), 1096));

    assertThat(quarters).hasSize(13);
    assertThat(quarters.get(0)).isEqualTo(new Period(YearMonth.of(2023, 10),
        List.of(YearMonth.of(2023, 11), YearMonth.of(2023, 12)), false));
    assertThat(quarters.get(1).complete()).isTrue();
    assertThat(quarters.get(12)).isEqualTo(new Period(YearMonth.of(2026, 10), List.of(YearMonth.of(2026, 10)), false));
    assertThat(APRIL.periods(Grain.YEAR, new Span(LocalDate.of(2023, 11, 1), 1096)))
        .filteredOn(Period::complete).extracting(Period::start)
        .containsExactly(YearMonth.of(2024, 4), YearMonth.of(2025, 4));
  }

  @Test
  void aMonthStartedMidwayIsNotComplete() {
    Span span = new Span(LocalDate.of(2024, 1, 15), 40);

    assertThat(APRIL.periods(Grain.MONTH, span)).extracting(Period::complete).containsExactly(false, false);
    assertThat(span.days(YearMonth.of(2024, 1))).hasSize(17);
    assertThat(span.days(YearMonth.of(2024, 2))).hasSize(23);
  }

  @Test
  void rejectsAMonthOutsideTheYear() {
    assertThatThrownBy(() -> new FiscalCalendar(13)).hasMessage("Invalid fiscal year start month: 13");
  }
}
