package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.testing.TestSpark;
import dev.scorecard.testing.TinyWarehouse;
import java.nio.file.Path;
import java.sql.Date;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code strategy_links} of the tiny tenant's shared run: one arrow (reach -> grow) over two
 * locations with a few months is too little to judge, and the row says so rather than guessing.
 */
class LinksCommandTest {
  private static Path warehouse;

  @BeforeAll
  static void run() {
    warehouse = TinyWarehouse.warehouse(Main::execute);
  }

  @Test
  void aTenantWithTwoLocationsAndFourMonthsGetsInsufficientData() {
    Row arrow = table("strategy_links").collectAsList().stream().filter(r -> r.<Boolean>getAs("configured"))
        .findFirst().orElseThrow();
    assertThat(table("strategy_links").count()).isEqualTo(1);
    assertThat(arrow.<String>getAs("from_id")).isEqualTo("reach");
    assertThat(arrow.<String>getAs("to_id")).isEqualTo("grow");
    assertThat(arrow.<String>getAs("period_grain")).isEqualTo("month");
    assertThat(arrow.<String>getAs("verdict")).isEqualTo("insufficient_data");
    assertThat(arrow.isNullAt(arrow.fieldIndex("correlation"))).isTrue();
    assertThat(arrow.isNullAt(arrow.fieldIndex("lag_periods"))).isTrue();
    assertThat(arrow.isNullAt(arrow.fieldIndex("p_value"))).isTrue();
    // The pair with most data: customers and revenue of the same month meet where both have a value
    // in a complete month at a location, counted here from kpi_values itself.
    long both = table("kpi_values").where("node_level = 'location' AND period_grain = 'month' AND is_complete "
            + "AND value IS NOT NULL AND kpi_id IN ('customers', 'revenue')")
        .groupBy("node_id", "period_start").count().where("count = 2").count();
    assertThat(both).isEqualTo(5);
    assertThat(arrow.<Long>getAs("n")).isEqualTo(both);
    assertThat(arrow.<Integer>getAs("locations")).isEqualTo(2);
    assertThat(arrow.<Integer>getAs("periods")).isEqualTo(4);
    assertThat(arrow.<Date>getAs("through_period")).isEqualTo(Date.valueOf("2025-03-01"));
  }

  private static Dataset<Row> table(String name) {
    return TestSpark.session().read().format("delta").load(warehouse.resolve("curated").resolve(name).toString())
        .where("tenant_id = 'tiny'");
  }
}
