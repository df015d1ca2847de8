package dev.scorecard.kpi;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import dev.scorecard.config.Aggregation;
import dev.scorecard.config.Grain;
import dev.scorecard.config.MeasureSpec;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.SilverTables;
import dev.scorecard.spark.Columns;
import dev.scorecard.spark.PeriodColumns;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Aggregates one source's silver rows into its measures for every tenant, node and period at once.
 *
 * <p>First the rows are reduced to one row per location and day holding each measure's additive
 * parts (sum, count, min, max); then every day is tagged with its period at each grain and one
 * GROUPING SETS aggregation combines the parts into location, region and org values. A distinct
 * count cannot be combined from daily parts, so it takes its own path: the distinct values per
 * location and period, then those of each region and of the org. Either way every level is computed
 * from the rows themselves, so sums add up and distinct counts stay distinct.
 */
final class MeasureAggregation {
  private static final String TENANT = SilverTables.TENANT;
  private static final String LOCATION = SilverTables.LOCATION;
  private static final String REGION = "_region_id";
  private static final String DAY = "_day";
  /** The type sums add in: the scale of silver's decimal columns. */
  private static final String EXACT = "DECIMAL(38, 10)";
  private static final java.util.concurrent.atomic.AtomicLong VIEWS = new java.util.concurrent.atomic.AtomicLong();

  private MeasureAggregation() {}

  static Dataset<Row> aggregate(TenantConfig tenant, SourceSpec source, Dataset<Row> silver,
      List<MeasureSpec> measures, Set<Grain> grains, LocalDate asOf, Dataset<Row> regions) {
    Column date = col(source.dateColumn()).cast("date");
    Dataset<Row> rows = silver.filter(date.leq(lit(asOf))).withColumn(DAY, date)
        .join(broadcast(regions), Columns.seq(TENANT, LOCATION));
    String view = "measures_" + source.id().replace('-', '_') + "_" + VIEWS.incrementAndGet();
    rows.createOrReplaceTempView(view);
    List<MeasureSpec> additive = measures.stream().filter(m -> m.agg() != Aggregation.COUNT_DISTINCT).toList();
    Dataset<Row> daily = silver.sparkSession().sql(dailySql(additive, view));
    Dataset<Row> result = byPeriod(tenant, daily, grains, "daily_" + view,
        additive.stream().map(MeasureAggregation::combine).collect(Collectors.joining(",\n  ")));
    for (MeasureSpec m : measures) {
      if (m.agg() == Aggregation.COUNT_DISTINCT) {
        Dataset<Row> counts = distinctCounts(tenant, silver.sparkSession().sql(distinctSql(m, view)), grains, m.id());
        result = result.join(counts, Columns.seq(KpiColumns.KEY), "left")
            .withColumn(m.id(), coalesce(col(m.id()), lit(0.0)));
      }
    }
    return result;
  }

  /**
   * A distinct count per node and period: each location's distinct values in each period first,
   * then the distinct values of each region and of the org among those. Three plain
   * aggregations, which Spark runs far faster than a distinct count over grouping sets.
   */
  private static Dataset<Row> distinctCounts(TenantConfig tenant, Dataset<Row> values, Set<Grain> grains, String id) {
    // Cached: the three levels read it, and Spark would otherwise read and explode the rows three times.
    Dataset<Row> perPeriod = withPeriods(tenant, values, grains)
        .select(col(TENANT), col(KpiColumns.GRAIN), col(KpiColumns.START), col(REGION), col(LOCATION), col("_v")).distinct()
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    Column[] period = {col(TENANT), col(KpiColumns.GRAIN), col(KpiColumns.START)};
    Dataset<Row> locations = perPeriod.groupBy(col(TENANT), col(KpiColumns.GRAIN), col(KpiColumns.START), col(LOCATION))
        .count().select(period[0], period[1], period[2], lit("location").as(KpiColumns.LEVEL), col(LOCATION).as(KpiColumns.NODE),
            col("count"));
    Dataset<Row> regions = perPeriod.select(col(TENANT), col(KpiColumns.GRAIN), col(KpiColumns.START), col(REGION), col("_v"))
        .distinct().groupBy(col(TENANT), col(KpiColumns.GRAIN), col(KpiColumns.START), col(REGION)).count()
        .select(period[0], period[1], period[2], lit("region").as(KpiColumns.LEVEL), col(REGION).as(KpiColumns.NODE),
            col("count"));
    Dataset<Row> org = perPeriod.select(col(TENANT), col(KpiColumns.GRAIN), col(KpiColumns.START), col("_v")).distinct()
        .groupBy(period).count()
        .select(period[0], period[1], period[2], lit("org").as(KpiColumns.LEVEL), col(TENANT).as(KpiColumns.NODE),
            col("count"));
    return locations.union(regions).union(org).withColumn(id, col("count").cast("double")).drop("count");
  }

  /** One row per location and day with the additive parts of every measure but distinct counts. */
  private static String dailySql(List<MeasureSpec> measures, String view) {
    StringBuilder parts = new StringBuilder();
    for (MeasureSpec m : measures) {
      String filter = m.filter().map(f -> " FILTER (WHERE " + f + ")").orElse("");
      String expr = m.expr().orElse("1");
      switch (m.agg()) {
        case SUM -> parts.append(part("sum", expr, filter, "s", m));
        case COUNT -> parts.append(part("count", expr, filter, "c", m));
        case AVG -> parts.append(part("sum", expr, filter, "s", m)).append(part("count", expr, filter, "c", m));
        case MIN -> parts.append(part("min", expr, filter, "n", m));
        case MAX -> parts.append(part("max", expr, filter, "x", m));
        default -> throw new IllegalArgumentException("Not additive: " + m.agg());
      }
    }
    return "SELECT " + TENANT + ", " + LOCATION + ", " + REGION + ", " + DAY + parts + "\nFROM `" + view + "`\nGROUP BY "
        + TENANT + ", " + LOCATION + ", " + REGION + ", " + DAY;
  }

  /**
   * One daily part of a measure. Sums add decimals, exactly, whatever the order rows arrive in:
   * double sums differ in their last digits between a full run and a night (4809461.790000009 one
   * night, 4809461.790000013 the next), decimals never. Each value counts to 10 decimal places
   * (silver's own decimal scale). A value or a sum beyond 10^28 in size does not fit: the value is
   * left out of its sum (a range rule on the column keeps such values out of silver instead).
   */
  private static String part(String function, String expr, String filter, String prefix, MeasureSpec m) {
    String value = function.equals("sum") ? "CAST(" + expr + " AS " + EXACT + ")" : expr;
    return ",\n  " + function + "(" + value + ")" + filter + " AS `" + prefix + "__" + m.id() + "`";
  }

  /** A measure from its daily parts; a sum over rows that all fail its filter is 0, not null. */
  private static String combine(MeasureSpec m) {
    String id = m.id();
    String sql = switch (m.agg()) {
      case SUM -> "coalesce(sum(`s__" + id + "`), 0)";
      case COUNT -> "sum(`c__" + id + "`)";
      case AVG -> "sum(`s__" + id + "`) / sum(`c__" + id + "`)";
      case MIN -> "min(`n__" + id + "`)";
      case MAX -> "max(`x__" + id + "`)";
      default -> throw new IllegalArgumentException("Not additive: " + m.agg());
    };
    return "CAST(" + sql + " AS DOUBLE) AS `" + id + "`";
  }

  /** The values of one measure, each with its location, region and day. */
  private static String distinctSql(MeasureSpec m, String view) {
    String where = m.filter().map(f -> "(" + f + ") AND ").orElse("");
    String expr = m.expr().orElseThrow();
    return "SELECT " + TENANT + ", " + LOCATION + ", " + REGION + ", " + DAY + ", " + expr + " AS _v FROM `" + view
        + "` WHERE " + where + "(" + expr + ") IS NOT NULL";
  }

  /** Each row once per grain, tagged with the start of its period at that grain. */
  private static Dataset<Row> withPeriods(TenantConfig tenant, Dataset<Row> byDay, Set<Grain> grains) {
    Column[] periods = grains.stream()
        .map(g -> struct(lit(g.id()).as(KpiColumns.GRAIN),
            PeriodColumns.start(col(DAY), g, tenant.fiscalYearStartMonth()).as(KpiColumns.START)))
        .toArray(Column[]::new);
    return byDay.withColumn("_period", explode(array(periods)))
        .withColumn(KpiColumns.GRAIN, col("_period." + KpiColumns.GRAIN))
        .withColumn(KpiColumns.START, col("_period." + KpiColumns.START));
  }

  /** Tags each location-day row with its periods and aggregates it to location, region and org. */
  private static Dataset<Row> byPeriod(TenantConfig tenant, Dataset<Row> byDay, Set<Grain> grains, String view,
      String aggregates) {
    withPeriods(tenant, byDay, grains).createOrReplaceTempView(view);
    // The org's node id is the tenant id.
    return byDay.sparkSession().sql("""
        SELECT %6$s, %1$s, %2$s,
          CASE WHEN grouping(%3$s) = 0 THEN 'location' WHEN grouping(%4$s) = 0 THEN 'region' ELSE 'org' END AS %5$s,
          coalesce(%3$s, %4$s, %6$s) AS %7$s%8$s
        FROM `%9$s`
        GROUP BY GROUPING SETS ((%6$s, %1$s, %2$s, %4$s, %3$s), (%6$s, %1$s, %2$s, %4$s), (%6$s, %1$s, %2$s))
        """.formatted(KpiColumns.GRAIN, KpiColumns.START, LOCATION, REGION, KpiColumns.LEVEL,
        TENANT, KpiColumns.NODE, aggregates.isEmpty() ? "" : ",\n  " + aggregates, view));
  }

  static String locationColumn() {
    return LOCATION;
  }

  static String regionColumn() {
    return REGION;
  }
}
