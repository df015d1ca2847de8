package dev.scorecard.spark;

import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import dev.scorecard.config.Grain;
import java.sql.Date;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The value of an earlier period of the same series (KPI, node, grain), found with range windows
 * over a period number rather than a self-join: a missing period gives null, never the period
 * before it. Periods are numbered in months (months, quarters, years) or ISO weeks.
 */
public final class PriorPeriods {
  private static final Date FIRST_MONDAY = Date.valueOf("1970-01-05");

  private PriorPeriods() {}

  /** The value one period back: a week, a month, a quarter or a year. */
  public static Column previous(Column value, Column start, Column grain, Column... series) {
    return when(grain.equalTo(Grain.QUARTER.id()), back(value, start, grain, series, 3))
        .when(grain.equalTo(Grain.YEAR.id()), back(value, start, grain, series, 12))
        .otherwise(back(value, start, grain, series, 1));
  }

  /** The value of the same period a year back (52 weeks for weeks). */
  public static Column yearAgo(Column value, Column start, Column grain, Column... series) {
    return when(grain.equalTo(Grain.WEEK.id()), back(value, start, grain, series, 52))
        .otherwise(back(value, start, grain, series, 12));
  }

  private static Column back(Column value, Column start, Column grain, Column[] series, int periods) {
    Column number = when(grain.equalTo(Grain.WEEK.id()), floor(datediff(start, lit(FIRST_MONDAY)).divide(7)))
        .otherwise(year(start).multiply(12).plus(month(start)));
    WindowSpec window = Window.partitionBy(series).orderBy(number).rangeBetween(-periods, -periods);
    return max(value).over(window);
  }
}
