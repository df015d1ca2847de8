package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.Scope;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What a stage wrote, counted from the table as written: reading back the rows of one write is
 * cheaper than keeping the stage's plan cached or running it twice.
 */
final class Written {
  private Written() {}

  /** Per tenant of the scope: (tenant_id, rows written, rows whose {@code column} is not null). */
  static List<Row> counts(RunContext ctx, CuratedTables table, Scope scope, String column) {
    return ctx.warehouse().curated(table, scope.tenants()).filter(expr(scope.predicate())).groupBy("tenant_id")
        .agg(count(lit(1)), count(col(column))).collectAsList();
  }
}
