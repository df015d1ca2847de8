package dev.scorecard.alert;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.scorecard.spark.Columns;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Why a rolled-up score is red or fell: the KPIs whose change pulled its node's score down most in
 * that period ({@code score_changes}), those of the objective or perspective alerted about.
 */
public final class Drivers {
  private static final int TOP = 3;
  private static final String[] ABOUT = {"tenant_id", "subject_type", "subject_id", "node_level", "node_id",
      "period_grain", "period_start"};

  private Drivers() {}

  /**
   * The conditions, those about a rolled-up score with their top {@value #TOP} negative
   * contributors as text ({@code "kpi (-4.2), other (-1.0)"}, worst first) in {@code drivers}.
   */
  public static Dataset<Row> add(Dataset<Row> conditions, Dataset<Row> scoreChanges) {
    Column needs = col("kind").isin(AlertKind.STATUS.id(), AlertKind.TRANSITION.id())
        .and(col("subject_type").isin("objective", "perspective", "scorecard"));
    Dataset<Row> wanted = conditions.filter(needs).select(Columns.of(ABOUT)).distinct();
    Dataset<Row> changes = scoreChanges.filter(col("contribution").lt(0).and(col("contributor").notEqual("renormalisation")));
    Column ofSubject = col("subject_type").equalTo("scorecard")
        .or(col("subject_type").equalTo("objective").and(col("objective_id").equalTo(col("subject_id"))))
        .or(col("subject_type").equalTo("perspective").and(col("perspective_id").equalTo(col("subject_id"))));
    Dataset<Row> top = wanted.join(changes, Columns.seq("tenant_id", "node_level", "node_id", "period_grain",
            "period_start")).filter(ofSubject)
        .withColumn("rank", row_number().over(Window.partitionBy(Columns.of(ABOUT))
            .orderBy(col("contribution"), col("contributor"))))
        .filter(col("rank").leq(TOP));
    Dataset<Row> text = top.groupBy(Columns.of(ABOUT)).agg(concat_ws(", ", sort_array(collect_list(struct(col("rank"),
        format_string("%s (%+.1f)", col("contributor"), col("contribution")).as("text")))).getField("text"))
        .as("text"));
    return conditions.join(text, Columns.seq(ABOUT), "left")
        .withColumn("drivers", when(needs, col("text")).otherwise(col("drivers"))).drop("text");
  }
}
