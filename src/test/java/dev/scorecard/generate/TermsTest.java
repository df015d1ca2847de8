package dev.scorecard.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void addsAndSubtractsMeasures() {
    Totals totals = new Totals();
    totals.add("revenue", 100);
    totals.add("cogs", 30);
    totals.add("shipping", 5);

    Terms terms = Terms.parse("revenue - cogs - shipping");

    assertThat(terms.value(totals)).isEqualTo(65);
    assertThat(terms.measures()).containsExactly("revenue", "cogs", "shipping");
    assertThat(Terms.parse("cogs + shipping").value(totals)).isEqualTo(35);
    assertThat(Terms.parse("unknown").value(totals)).isZero();
  }

  @Test
  void rejectsAnythingButSumsOfMeasures() {
    assertThatThrownBy(() -> Terms.parse("net_sales * 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot parse term '*' in: net_sales * 2");
    assertThatThrownBy(() -> Terms.parse(" ")).hasMessage("Cannot parse term '' in:  ");
  }
}
