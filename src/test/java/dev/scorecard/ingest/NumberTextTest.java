package dev.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scorecard.config.ColumnType;
import dev.scorecard.config.NumberStyle;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in a declared style: German (1.234,56), Swiss (1'234.56), US grouping (1,234.56). */
class NumberTextTest {
  private static final NumberStyle GERMAN = new NumberStyle(',', '.');
  private static final NumberStyle SWISS = new NumberStyle('.', '\'');
  private static final NumberStyle US = new NumberStyle('.', ',');
  private static final NumberStyle COMMA_ONLY = new NumberStyle(',', NumberStyle.NO_GROUPING);

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "GERMAN     | 1.234,56      | 1234.56",
      "GERMAN     | -1.234.567,5  | -1234567.5",
      "GERMAN     | 1234,56       | 1234.56",
      "GERMAN     | 12            | 12",
      "GERMAN     | 0,5           | 0.5",
      "SWISS      | 1'234.56      | 1234.56",
      "US         | 1,234.56      | 1234.56",
      "COMMA_ONLY | 1234,5        | 1234.5",
  })
  void readsTheDeclaredStyle(String style, String text, String plain) {
    assertThat(NumberText.plain(text, style(style))).isEqualTo(plain);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "GERMAN     | 1.5",
      "GERMAN     | 1.23,4",
      "GERMAN     | 12.34.5",
      "GERMAN     | 1,2.3",
      "US         | 1,23.4",
      "COMMA_ONLY | 1.234,5",
  })
  void rejectsWhatTheStyleCannotMean(String style, String text) {
    assertThatThrownBy(() -> ValueParser.parse(ColumnType.DOUBLE, text, style(style)))
        .hasMessage("'" + text + "' is not a valid double (the source writes numbers like " + style(style).example() + ")");
  }

  @Test
  void groupedWholeNumbersAndDecimals() {
    assertThat(ValueParser.parse(ColumnType.INT, "1.234", GERMAN)).isEqualTo(1234);
    assertThat(ValueParser.parse(ColumnType.LONG, "9.000.000.000", GERMAN)).isEqualTo(9_000_000_000L);
    assertThat(ValueParser.parse(ColumnType.DECIMAL, "1.234,50", GERMAN)).isEqualTo(new BigDecimal("1234.50"));
    assertThatThrownBy(() -> ValueParser.parse(ColumnType.INT, "4,0", GERMAN))
        .hasMessage("'4,0' is not a valid int (the source writes numbers like 1.234,56)");
  }

  @Test
  void withoutAStyleAGroupedNumberSaysHowToDeclareOne() {
    assertThatThrownBy(() -> ValueParser.parse(ColumnType.DOUBLE, "1,234.56"))
        .hasMessage("'1,234.56' is not a valid double (expected a plain number like 1234.56; if the export groups "
            + "thousands or uses a decimal comma, declare decimal_separator and thousands_separator on the source)");
    assertThatThrownBy(() -> ValueParser.parse(ColumnType.INT, "4.0")).hasMessage("'4.0' is not a valid int");
  }

  private static NumberStyle style(String name) {
    return switch (name) {
      case "GERMAN" -> GERMAN;
      case "SWISS" -> SWISS;
      case "US" -> US;
      default -> COMMA_ONLY;
    };
  }
}
