package dev.scorecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotalsTest {

  @Test
  void distinctCountsOnceAcrossMonthsAndSumsAdd() {
    Ledger ledger = new Ledger();
    YearMonth jan = YearMonth.of(2024, 1);
    YearMonth feb = YearMonth.of(2024, 2);
    ledger.at("a", jan).distinct("members", "c1");
    ledger.at("a", jan).distinct("members", "c2");
    ledger.at("a", feb).distinct("members", "c1");
    ledger.at("b", feb).distinct("members", "c9");
    ledger.at("a", jan).add("net_sales", 10);
    ledger.at("a", feb).add("net_sales", 5);
    ledger.at("b", feb).add("net_sales", 1);

    Totals quarter = ledger.over(List.of("a"), List.of(jan, feb));
    Totals region = ledger.over(List.of("a", "b"), List.of(jan, feb));

    assertThat(ledger.at("a", jan).value("members")).isEqualTo(2);
    assertThat(quarter.value("members")).isEqualTo(2);
    assertThat(quarter.value("net_sales")).isEqualTo(15);
    assertThat(region.value("members")).isEqualTo(3);
    assertThat(region.value("net_sales")).isEqualTo(16);
    assertThat(region.value("missing")).isZero();
  }
}
