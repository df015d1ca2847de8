package dev.scorecard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Window bounds as written in the YAML, and the day each stands for in a run as of 2025-03-31. */
class DateBoundTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "2015-01-01|2015-01-01|2015-01-01",
      "as_of|2025-03-31|as_of",
      "as_of - 3 years|2022-03-31|as_of - 3 years",
      "as_of-1 year|2024-03-31|as_of - 1 year",
      "as_of + 7 days|2025-04-07|as_of + 1 week",
      "as_of - 2 weeks|2025-03-17|as_of - 2 weeks",
      "as_of - 1 month|2025-02-28|as_of - 1 month",
      "as_of + 10 days|2025-04-10|as_of + 10 days"})
  void readsFixedAndRelativeDays(String text, String day, String written) {
    DateBound bound = DateBound.parse(text).orElseThrow();
    assertThat(bound.on(LocalDate.of(2025, 3, 31))).isEqualTo(LocalDate.parse(day));
    assertThat(bound.toString()).isEqualTo(written);
    assertThat(DateBound.parse(written)).contains(bound);
  }

  @ParameterizedTest
  @ValueSource(strings = {"today", "as_of - 3", "as_of - three years", "as_of * 2 days", "2025-13-01", "as of"})
  void refusesAnythingElse(String text) {
    assertThat(DateBound.parse(text)).isEmpty();
  }
}
