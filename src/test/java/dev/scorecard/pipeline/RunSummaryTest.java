package dev.scorecard.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.testing.TestSpark;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The summary's best and weakest location, chosen in Spark so that whatever the number of
 * locations at most three rows a tenant reach the driver.
 */
class RunSummaryTest {
  private static final StructType QUARTER = StructType.fromDDL(
      "tenant_id STRING, node_level STRING, node_id STRING, score DOUBLE, status STRING, period_start DATE");

  private static Row row(String tenant, String level, String node, Double score) {
    return RowFactory.create(tenant, level, node, score, "green", java.sql.Date.valueOf("2025-01-01"));
  }

  @Test
  void eachTenantKeepsItsOrgAndItsBestAndWeakestScoredLocation() {
    List<Row> rows = List.of(
        row("a", "org", "a", 70.0), row("a", "region", "r1", 71.0),
        // a: l3 and l4 tie at the top (the first node id wins best), l5 has no score, l2 is lowest.
        row("a", "location", "l1", 60.0), row("a", "location", "l2", 40.0), row("a", "location", "l3", 90.0),
        row("a", "location", "l4", 90.0), row("a", "location", "l5", null),
        // b: l7 and l8 tie at the bottom (the last in score-descending, node-id order is weakest: l8).
        row("b", "org", "b", 55.0), row("b", "location", "l6", 80.0), row("b", "location", "l7", 30.0),
        row("b", "location", "l8", 30.0),
        // c: one scored location is both best and weakest, and comes once.
        row("c", "org", "c", null), row("c", "location", "l9", 50.0), row("c", "location", "l10", null));
    List<String> kept = RunSummary.orgBestAndWeakest(TestSpark.session().createDataFrame(rows, QUARTER))
        .orderBy("tenant_id", "node_level", "node_id").collectAsList().stream()
        .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getString(2)).toList();
    assertThat(kept).containsExactly(
        "a location l2", "a location l3", "a org a",
        "b location l6", "b location l8", "b org b",
        "c location l9", "c org c");
  }
}
