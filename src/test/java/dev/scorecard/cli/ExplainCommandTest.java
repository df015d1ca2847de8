package dev.scorecard.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scorecard.spark.Columns;
import dev.scorecard.testing.TestSpark;
import dev.scorecard.testing.TinyWarehouse;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code score_changes} of the tiny tenant's shared run, checked against the score tables it
 * comes from, and {@code scorecard explain} as a person reads it.
 */
class ExplainCommandTest {
  private static Path warehouse;

  @BeforeAll
  static void run() {
    warehouse = TinyWarehouse.warehouse(Main::execute);
  }

  /** For every node and period: the contributions sum to the change of the scorecard score. */
  @Test
  void contributionsSumToTheChangeOfEveryNodeScore() {
    Dataset<Row> changes = table("score_changes");
    assertThat(changes.count()).isPositive();
    Dataset<Row> scorecard = table("scorecard");
    List<Row> checked = changes.groupBy("node_level", "node_id", "period_grain", "period_start")
        .agg(sum("contribution").as("total"),
            first("score").as("score"),
            first("prior_score").as("prior_score"))
        .join(scorecard.select("node_level", "node_id", "period_grain", "period_start", "score")
            .withColumnRenamed("score", "published"), Columns.seq("node_level", "node_id", "period_grain", "period_start"))
        .collectAsList();
    assertThat(checked).isNotEmpty().allSatisfy(r -> {
      assertThat(r.<Double>getAs("score")).isCloseTo(r.<Double>getAs("published"), within(1e-9));
      assertThat(r.<Double>getAs("total")).isCloseTo(r.<Double>getAs("score") - r.<Double>getAs("prior_score"),
          within(1e-9));
    });
  }

  @Test
  void explainPrintsTheChangeAndItsLargestContributors() {
    Row latest = table("score_changes").where("node_id = 'tiny' AND period_grain = 'month' AND NOT provisional")
        .orderBy(col("period_start").desc()).first();
    Printed run = Printed.run("explain", "--tenant", "tiny", "--node", "tiny", "--warehouse", warehouse.toString(),
        "--master", "local[2]");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    String text = run.out();
    assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(String.format("org tiny, month from %s: score %.1f, "
        + "was %.1f (%+.1f)", latest.getAs("period_start"), latest.<Double>getAs("score"),
        latest.<Double>getAs("prior_score"), latest.<Double>getAs("score") - latest.<Double>getAs("prior_score")));
    assertThat(text).contains("renormalisation");
  }

  @Test
  void anUnknownNodeSaysWhatIsMissing() {
    assertThat(Main.execute("explain", "--tenant", "tiny", "--node", "nowhere", "--warehouse", warehouse.toString(),
        "--master", "local[2]")).isEqualTo(ExitCodes.BAD_CONFIG);
  }

  private static Dataset<Row> table(String name) {
    return TestSpark.session().read().format("delta").load(warehouse.resolve("curated").resolve(name).toString())
        .where("tenant_id = 'tiny'");
  }
}
