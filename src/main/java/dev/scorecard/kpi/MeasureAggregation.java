package dev.scorecard.kpi;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import dev.scorecard.config.Grain;
import dev.scorecard.config.MeasureSpec;
import dev.scorecard.config.SourceSpec;
import dev.scorecard.config.TenantConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Aggregates one source's silver rows into its measures for every node and period at once: each
 * row is tagged with its period at every grain, then one GROUPING SETS aggregation yields the
 * location, region and org values. Every level aggregates raw rows, so sums add up and distinct
 * counts stay distinct across locations and days.
 */
final class MeasureAggregation {
  private static final String LOCATION = "_location_id";
  private static final String REGION = "_region_id";

  private MeasureAggregation() {}

  static Dataset<Row> aggregate(TenantConfig tenant, SourceSpec source, Dataset<Row> silver,
      List<MeasureSpec> measures, Set<Grain> grains, LocalDate asOf, Dataset<Row> regions) {
    Column date = col(source.dateColumn()).cast("date");
    Column[] periods = grains.stream()
        .map(g -> struct(lit(g.id()).as(KpiColumns.GRAIN),
            PeriodColumns.start(date, g, tenant.fiscalYearStartMonth()).as(KpiColumns.START)))
        .toArray(Column[]::new);
    Dataset<Row> tagged = silver.filter(date.leq(lit(asOf)))
        .join(broadcast(regions), LOCATION)
        .withColumn("_period", explode(array(periods)))
        .withColumn(KpiColumns.GRAIN, col("_period." + KpiColumns.GRAIN))
        .withColumn(KpiColumns.START, col("_period." + KpiColumns.START));
    String view = "measures_" + tenant.tenantId().replace('-', '_') + "_" + source.id().replace('-', '_');
    tagged.createOrReplaceTempView(view);
    return silver.sparkSession().sql(sql(tenant, measures, view));
  }

  private static String sql(TenantConfig tenant, List<MeasureSpec> measures, String view) {
    String aggregates = measures.stream().map(MeasureAggregation::aggregate).collect(Collectors.joining(",\n  "));
    return """
        SELECT %1$s, %2$s,
          CASE WHEN grouping(%3$s) = 0 THEN 'location' WHEN grouping(%4$s) = 0 THEN 'region' ELSE 'org' END AS %5$s,
          coalesce(%3$s, %4$s, '%6$s') AS %7$s,
          %8$s
        FROM `%9$s`
        GROUP BY GROUPING SETS ((%1$s, %2$s, %4$s, %3$s), (%1$s, %2$s, %4$s), (%1$s, %2$s))
        """.formatted(KpiColumns.GRAIN, KpiColumns.START, LOCATION, REGION, KpiColumns.LEVEL,
        tenant.tenantId(), KpiColumns.NODE, aggregates, view);
  }

  /** One measure as SQL: a sum over rows that all fail its filter is 0, not null. */
  private static String aggregate(MeasureSpec m) {
    String filter = m.filter().map(f -> " FILTER (WHERE " + f + ")").orElse("");
    String expr = m.expr().orElse("1");
    String sql = switch (m.agg()) {
      case SUM -> "coalesce(sum(" + expr + ")" + filter + ", 0)";
      case COUNT -> "count(" + expr + ")" + filter;
      case COUNT_DISTINCT -> "count(DISTINCT " + expr + ")" + filter;
      case AVG -> "avg(" + expr + ")" + filter;
      case MIN -> "min(" + expr + ")" + filter;
      case MAX -> "max(" + expr + ")" + filter;
    };
    return "CAST(" + sql + " AS DOUBLE) AS `" + m.id() + "`";
  }

  static String locationColumn() {
    return LOCATION;
  }

  static String regionColumn() {
    return REGION;
  }
}
