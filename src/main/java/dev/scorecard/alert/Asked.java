package dev.scorecard.alert;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.scorecard.config.Level;
import dev.scorecard.spark.Columns;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How many locations each folding question was asked of, in all and per region: what folding
 * counts shares of. Counted in Spark ({@link #counts}); each condition row carries its question's
 * counts in {@link #TOTAL} and {@link #REGIONS}, and {@link #add} collects them for {@link Folding}.
 */
public final class Asked implements Folding.Coverage {
  /** The count of locations asked, in all. */
  public static final String TOTAL = "asked_total";
  /** The count of locations asked, per region: a map from region id. */
  public static final String REGIONS = "asked_regions";
  /** What a location was asked ({@link Conditions#asked}) and a folding condition is about. */
  private static final String[] KEY = {"asked_by", "tenant_id", "subject_type", "subject_id", "period_grain",
      "period_start"};

  private final Map<String, Long> totals = new HashMap<>();
  private final Map<String, Map<String, Long>> regions = new HashMap<>();

  /**
   * The questions of {@link Conditions#asked}, counted: one row per question with {@link #TOTAL} and
   * {@link #REGIONS}.
   *
   * @param locations each location of the config with its region: {@code tenant_id, node_id, region_id};
   *     a location not in the config is not counted
   */
  public static Dataset<Row> counts(Dataset<Row> asked, Dataset<Row> locations) {
    String[] perRegionKey = {"asked_by", "tenant_id", "subject_type", "subject_id", "period_grain", "period_start",
        "region_id"};
    Dataset<Row> perRegion = asked.join(locations, Columns.seq("tenant_id", "node_id"))
        .groupBy(Columns.of(perRegionKey)).agg(countDistinct(col("node_id")).as("n"));
    return perRegion.groupBy(Columns.of(KEY)).agg(sum("n").as(TOTAL),
        map_from_entries(collect_list(struct(col("region_id"), col("n")))).as(REGIONS));
  }

  /** Conditions with their question's counts (null when it was asked of nobody, or does not fold). */
  public static Dataset<Row> join(Dataset<Row> conditions, Dataset<Row> counts) {
    Column askedBy = when(col("kind").equalTo(AlertKind.FORECAST_RISK.id()), lit("forecasts")).otherwise(lit("scores"));
    return conditions.withColumn("asked_by", askedBy).join(counts, Columns.seq(KEY), "left").drop("asked_by");
  }

  /** Notes the counts a condition row carries, if any. */
  void add(Condition c, Row r) {
    int total = r.fieldIndex(TOTAL);
    if (!r.isNullAt(total)) {
      totals.put(c.subjectKey(), r.getLong(total));
      regions.put(c.subjectKey(), new HashMap<>(r.<String, Long>getJavaMap(r.fieldIndex(REGIONS))));
    }
  }

  /** A question asked of no location at all counts every location, as nothing says otherwise. */
  @Override
  public int asked(Condition c, Level level, String node, int locations) {
    Long total = totals.get(c.subjectKey());
    if (total == null) {
      return locations;
    }
    long asked = level == Level.ORG ? total : regions.get(c.subjectKey()).getOrDefault(node, 0L);
    return (int) asked;
  }

}
