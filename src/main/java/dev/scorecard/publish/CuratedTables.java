package dev.scorecard.publish;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The curated tables of the product contract, defined once: their names, keys and schemas by
 * type. Every write conforms to these ({@link TableSchemas}), and a golden file per table
 * ({@code src/test/resources/golden/}) guards them against drifting unnoticed.
 */
public enum CuratedTables {
  NODES(keys("tenant_id", "node_level", "node_id"),
      cols("node_name", StringType, "parent_level", StringType, "parent_node_id", StringType)),
  KPIS(keys("tenant_id", "kpi_id"),
      cols("kpi_name", StringType, "objective_id", StringType, "perspective_id", StringType, "unit", StringType,
          "direction", StringType, "weight", DoubleType, "description", StringType)),
  OBJECTIVES(keys("tenant_id", "objective_id"),
      cols("objective_name", StringType, "perspective_id", StringType, "theme", StringType, "weight", DoubleType)),
  KPI_VALUES(keys("tenant_id", "kpi_id", "node_level", "node_id", "period_grain", "period_start"),
      cols("period_end", DateType, "value", DoubleType, "numerator", DoubleType, "denominator", DoubleType,
          "unit", StringType, "is_complete", BooleanType)),
  KPI_SCORES(keys("tenant_id", "kpi_id", "node_level", "node_id", "period_grain", "period_start"),
      cols("objective_id", StringType, "perspective_id", StringType, "value", DoubleType, "target", DoubleType,
          "baseline", DoubleType, "direction", StringType, "score", DoubleType, "status", StringType,
          "variance", DoubleType, "variance_pct", DoubleType, "prior_value", DoubleType, "change_pct", DoubleType,
          "weight", DoubleType, "provisional", BooleanType)),
  OBJECTIVE_SCORES(keys("tenant_id", "objective_id", "node_level", "node_id", "period_grain", "period_start"),
      cols("perspective_id", StringType, "score", DoubleType, "status", StringType, "weight", DoubleType,
          "kpis_scored", IntegerType, "kpis_missing", IntegerType, "provisional", BooleanType)),
  PERSPECTIVE_SCORES(keys("tenant_id", "perspective_id", "node_level", "node_id", "period_grain", "period_start"),
      cols("score", DoubleType, "status", StringType, "objectives_scored", IntegerType, "weight", DoubleType,
          "provisional", BooleanType)),
  SCORECARD(keys("tenant_id", "node_level", "node_id", "period_grain", "period_start"),
      cols("parent_node_id", StringType, "score", DoubleType, "status", StringType, "rank_in_peers", IntegerType,
          "peer_count", IntegerType, "percentile", DoubleType, "provisional", BooleanType)),
  FORECASTS(keys("tenant_id", "kpi_id", "node_level", "node_id", "period_grain", "period_start"),
      cols("forecast", DoubleType, "lower_80", DoubleType, "upper_80", DoubleType, "lower_95", DoubleType,
          "upper_95", DoubleType, "model", StringType, "target", DoubleType, "prob_meet_target", DoubleType,
          "backtest_smape", DoubleType, "actual_to_date", DoubleType)),
  INGEST_AUDIT(keys("tenant_id", "source", "file", "file_checksum"),
      cols("rows_read", LongType, "rows_valid", LongType, "rows_quarantined", LongType, "ingested_at", TimestampType,
          "rows_warned", LongType, "rows_superseded", LongType, "status", StringType, "duplicate_of", StringType, "reason", StringType)),
  QUARANTINE(keys("tenant_id", "source", "file", "line"),
      cols("raw_record", StringType, "reason", StringType)),
  SCORE_CHANGES(keys("tenant_id", "node_level", "node_id", "period_grain", "period_start", "contributor"),
      cols("prior_score", DoubleType, "score", DoubleType, "contribution", DoubleType, "objective_id", StringType,
          "perspective_id", StringType, "kpi_prior_score", DoubleType, "kpi_score", DoubleType, "weight", DoubleType,
          "provisional", BooleanType)),
  ALERTS(keys("tenant_id", "alert_id"),
      cols("kind", StringType, "severity", StringType, "state", StringType, "opened_at", TimestampType,
          "resolved_at", TimestampType, "kpi_id", StringType, "objective_id", StringType, "node_level", StringType,
          "node_id", StringType, "period_grain", StringType, "period_start", DateType, "value", DoubleType,
          "target", DoubleType, "children", DataTypes.createArrayType(StringType), "message", StringType,
          "subject_type", StringType, "subject_id", StringType, "since", DateType, "score", DoubleType,
          "status", StringType, "previous_status", StringType, "drivers", StringType, "query", StringType,
          "opened_on", DateType, "resolved_on", DateType)),
  ALERT_DELIVERIES(keys("tenant_id", "alert_id", "channel", "transition"),
      cols("attempts", IntegerType, "status", StringType, "last_response", StringType, "delivered_at", TimestampType)),
  FORECAST_SNAPSHOTS(keys("tenant_id", "kpi_id", "node_level", "node_id", "period_grain", "period_start"),
      cols("forecast", DoubleType, "lower_80", DoubleType, "upper_80", DoubleType, "lower_95", DoubleType,
          "upper_95", DoubleType, "model", StringType, "made_on", DateType)),
  STRATEGY_LINKS(keys("tenant_id", "from_id", "to_id", "period_grain"),
      cols("configured", BooleanType, "lag_periods", IntegerType, "correlation", DoubleType, "p_value", DoubleType,
          "n", LongType, "verdict", StringType, "cause_kpi_id", StringType, "effect_kpi_id", StringType,
          "locations", IntegerType, "periods", IntegerType, "lag_correlations",
          DataTypes.createArrayType(DoubleType), "through_period", DateType)),
  /**
   * What the forecast stage keeps of each series' fit, so that a night whose series did not change
   * reuses it instead of fitting again: the hash of the points it was fitted to, and the chosen
   * model's means and sds per step after {@code last_period} (for a ratio KPI also its numerator's
   * and denominator's means, which complete an open period).
   */
  FORECAST_FITS(keys("tenant_id", "kpi_id", "node_level", "node_id", "period_grain"),
      cols("points_hash", StringType, "last_period", DateType, "model", StringType, "backtest_smape", DoubleType,
          "df", DoubleType, "means", DataTypes.createArrayType(DoubleType), "sds", DataTypes.createArrayType(DoubleType),
          "numerator_means", DataTypes.createArrayType(DoubleType),
          "denominator_means", DataTypes.createArrayType(DoubleType)));

  private final List<String> keys;
  private final StructType schema;

  CuratedTables(List<String> keys, StructField[] columns) {
    this.keys = keys;
    StructType s = new StructType();
    for (String key : keys) {
      s = s.add(key, keyType(key), false);
    }
    for (StructField column : columns) {
      s = s.add(column);
    }
    this.schema = s.add("run_id", StringType, false).add("computed_at", TimestampType, false);
  }

  /** The table's name in SQL and its folder under {@code <warehouse>/curated/}. */
  public String tableName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public List<String> keys() {
    return keys;
  }

  /** Every column in order, ending with {@code run_id} and {@code computed_at}. */
  public StructType schema() {
    return schema;
  }

  /** The columns a stage produces: the schema without {@code run_id} and {@code computed_at}. */
  public String[] contentColumns() {
    return Arrays.stream(schema.fieldNames()).filter(f -> !f.equals("run_id") && !f.equals("computed_at"))
        .toArray(String[]::new);
  }

  /** The content columns as column references, to {@code select} a stage's output into table order. */
  public org.apache.spark.sql.Column[] columns() {
    return Arrays.stream(contentColumns()).map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  /** The schema of what a stage produces: every column but {@code run_id} and {@code computed_at}. */
  public StructType contentSchema() {
    return new StructType(Arrays.stream(schema.fields()).filter(f -> !f.name().equals("run_id")
        && !f.name().equals("computed_at")).toArray(StructField[]::new));
  }

  private static DataType keyType(String key) {
    return switch (key) {
      case "period_start" -> DateType;
      case "line" -> LongType;
      default -> StringType;
    };
  }

  private static List<String> keys(String... names) {
    return List.of(names);
  }

  private static StructField[] cols(Object... nameTypePairs) {
    Map<String, DataType> columns = new LinkedHashMap<>();
    for (int i = 0; i < nameTypePairs.length; i += 2) {
      columns.put((String) nameTypePairs[i], (DataType) nameTypePairs[i + 1]);
    }
    return columns.entrySet().stream()
        .map(e -> new StructField(e.getKey(), e.getValue(), true, org.apache.spark.sql.types.Metadata.empty()))
        .toArray(StructField[]::new);
  }
}
