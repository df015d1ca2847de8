package dev.scorecard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identifiers derived from names as exports write them, and the nearest name of a slip. */
class ColumnNamesTest {
  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(delimiter = '|', value = {
      "Net Sales|net_sales",
      "  Order ID  |order_id",
      "order-id|order_id",
      "Créé le|cree_le",
      "Größe (kg)|grosse_kg",
      "2024 Units|col_2024_units",
      "net_sales|net_sales",
      "__Total__ €|total",
      "Store #|store",
      "NPS/Score|nps_score"})
  void derivesASafeIdentifier(String header, String identifier) {
    assertThat(ColumnNames.identifier(header)).isEqualTo(identifier).matches(ColumnNames.IDENTIFIER);
  }

  @Test
  void aNameWithoutLettersOrDigitsHasNoIdentifier() {
    assertThat(ColumnNames.identifier("%%% ")).isEmpty();
  }

  @Test
  void theNearestNameIsOneWithinAThirdOfItsLength() {
    List<String> headers = List.of("Order ID", "Created At", "Net Sales");
    assertThat(ColumnNames.nearest("Net Sale", headers)).contains("Net Sales");
    assertThat(ColumnNames.nearest("net  sales", headers)).contains("Net Sales");
    assertThat(ColumnNames.nearest("Created", headers)).contains("Created At"); // 3 of 10 differ
    assertThat(ColumnNames.nearest("Create", headers)).isEmpty(); // 4 of 10 differ: too far
    assertThat(ColumnNames.nearest("Revenue", headers)).isEmpty();
    assertThat(ColumnNames.nearest("s7", List.of("s07", "s17", "s70"))).as("first of equals").contains("s07");
  }
}
