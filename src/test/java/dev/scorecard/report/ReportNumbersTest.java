package dev.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers written one way everywhere in the report. */
class ReportNumbersTest {
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = ';', textBlock = """
      12345.678; EUR; €12,346
      99.456;    EUR; €99.46
      23.46;     %;   23.5%
      4.2;       min; 4.20 min
      1500;      '';  1,500
      146;       '';  146
      24;        pts; 24.00 pts
      4.114;     1-5; 4.11 (1-5)
      -0.01;     %;   0.0%
      """)
  void valuesInTheirUnit(double value, String unit, String expected) {
    assertThat(Numbers.value(value, unit)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"73.44, 73.4", "100, 100.0", "0, 0.0"})
  void scoresWithOneDecimal(double score, String expected) {
    assertThat(Numbers.score(score)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"1.24, +1.2", "-0.44, −0.4", "0, 0.0", "-0.04, 0.0"})
  void changesSigned(double change, String expected) {
    assertThat(Numbers.points(change)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void missingIsADash() {
    assertThat(Numbers.value(null, "EUR")).isEqualTo("–");
    assertThat(Numbers.score(null)).isEqualTo("–");
  }
}
