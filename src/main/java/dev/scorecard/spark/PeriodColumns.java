package dev.scorecard.spark;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import dev.scorecard.config.Grain;
import org.apache.spark.sql.Column;

/**
 * The Spark twin of {@link dev.scorecard.config.Periods}: period starts, ends and shifts as column
 * expressions, so that millions of rows are bucketed without a UDF. Tests check the two agree.
 */
public final class PeriodColumns {
  private PeriodColumns() {}

  /** The first day of the {@code grain} period holding {@code date}. */
  public static Column start(Column date, Grain grain, int fiscalYearStartMonth) {
    int shift = fiscalYearStartMonth - 1;
    return switch (grain) {
      case WEEK -> date_trunc("week", date).cast("date");
      case MONTH -> trunc(date, "MM");
      case QUARTER -> add_months(trunc(add_months(date, -shift), "quarter"), shift);
      case YEAR -> add_months(trunc(add_months(date, -shift), "YEAR"), shift);
    };
  }

  /** The last day of the period starting at {@code start}, for a column holding grain ids. */
  public static Column end(Column start, Column grain) {
    return date_sub(shift(start, grain, 1), 1);
  }

  /** The start of the period {@code n} periods after {@code start}. */
  public static Column shift(Column start, Column grain, int n) {
    return when(grain.equalTo(Grain.WEEK.id()), date_add(start, 7 * n))
        .when(grain.equalTo(Grain.MONTH.id()), add_months(start, n))
        .when(grain.equalTo(Grain.QUARTER.id()), add_months(start, 3 * n))
        .otherwise(add_months(start, 12 * n));
  }
}
