package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.Warehouse;
import dev.scorecard.score.ScoreChanges;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What moved one node's score in one period, from {@code score_changes}: the question behind
 * {@code scorecard explain}, answered from the table so the command and SQL never disagree.
 */
public final class Explain {
  private Explain() {}

  /** One contributor: a KPI, or the renormalisation (no objective, perspective or KPI scores). */
  public record Contribution(String contributor, String objectiveId, String perspectiveId, Double priorScore,
      Double score, double contribution) {
    public boolean isRenormalisation() {
      return ScoreChanges.RENORMALISATION.equals(contributor);
    }
  }

  /** A node's change in one period, its contributions largest first (by size). */
  public record Explanation(String nodeLevel, String nodeId, String grain, LocalDate periodStart, double priorScore,
      double score, boolean provisional, List<Contribution> contributions) {}

  /**
   * The change of {@code node}'s score at {@code grain} in the period starting {@code period}, or
   * when that is null in its latest complete period with a change (the latest provisional one if
   * there is no complete one); empty when the table or such a change does not exist.
   */
  public static Optional<Explanation> of(Warehouse warehouse, String tenantId, String node, String grain,
      LocalDate period) {
    if (!warehouse.exists(CuratedTables.SCORE_CHANGES)) {
      return Optional.empty();
    }
    Dataset<Row> rows = warehouse.curated(CuratedTables.SCORE_CHANGES, List.of(tenantId))
        .filter(col("node_id").equalTo(node).and(col("period_grain").equalTo(grain)));
    Column when = period != null ? col("period_start").equalTo(lit(Date.valueOf(period)))
        : col("period_start").equalTo(latest(rows));
    List<Row> found = rows.filter(when).collectAsList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Row first = found.get(0);
    List<Contribution> contributions = found.stream()
        .map(r -> new Contribution(r.getAs("contributor"), r.getAs("objective_id"), r.getAs("perspective_id"),
            r.getAs("kpi_prior_score"), r.getAs("kpi_score"), r.<Double>getAs("contribution")))
        .sorted(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.contribution()))
            .thenComparing(Contribution::contributor))
        .toList();
    return Optional.of(new Explanation(first.getAs("node_level"), node, grain,
        first.<Date>getAs("period_start").toLocalDate(), first.<Double>getAs("prior_score"),
        first.<Double>getAs("score"), Boolean.TRUE.equals(first.getAs("provisional")), contributions));
  }

  /** The latest period start with a change, complete periods first. */
  private static Column latest(Dataset<Row> rows) {
    List<Row> latest = rows.groupBy(col("provisional")).agg(max("period_start")).orderBy(col("provisional"))
        .collectAsList();
    return latest.isEmpty() ? lit(null) : lit(latest.get(0).getDate(1));
  }
}
