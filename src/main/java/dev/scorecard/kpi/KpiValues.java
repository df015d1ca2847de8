package dev.scorecard.kpi;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.scorecard.config.AgainstPeriod;
import dev.scorecard.config.Grain;
import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.KpiType;
import dev.scorecard.config.MeasureSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.SilverTables;
import dev.scorecard.spark.Columns;
import dev.scorecard.spark.PeriodColumns;
import dev.scorecard.spark.PriorPeriods;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Derives the KPIs of a group of tenants that define them alike ({@link KpiGroups}) for every node
 * (location, region, org) and period of each KPI's grains, from the current silver rows of their
 * sources, in one Spark plan with the tenant as a column. Measures are aggregated from raw rows at
 * every level, so a ratio KPI above location level is the ratio of the summed parts.
 */
public final class KpiValues {
  private KpiValues() {}

  /** The {@code kpi_values} rows of the group's tenants, every period their rows hold. */
  public static Dataset<Row> derive(SparkSession spark, List<TenantConfig> group, Map<String, Dataset<Row>> current,
      LocalDate asOf) {
    return derive(spark, group, current, asOf, null);
  }

  /**
   * The {@code kpi_values} rows of the group's tenants.
   *
   * @param group tenants whose sources, measures, KPIs and fiscal year are alike; the first stands for all
   * @param current per source id, the current rows of the group's tenants (latest delivery of each key)
   * @param references published values of periods not recomputed that growth KPIs compare with:
   *     (tenant_id, kpi_id, node_level, node_id, period_grain, period_start, numerator), where a
   *     growth KPI's numerator is its current value; null when every period is recomputed
   */
  public static Dataset<Row> derive(SparkSession spark, List<TenantConfig> group, Map<String, Dataset<Row>> current,
      LocalDate asOf, Dataset<Row> references) {
    TenantConfig definition = group.get(0);
    Dataset<Row> measures = measures(spark, group, current, asOf);
    Dataset<Row> exploded = measures.select(col(SilverTables.TENANT), col(KpiColumns.GRAIN), col(KpiColumns.START),
        col(KpiColumns.LEVEL), col(KpiColumns.NODE), explode(array(definition.kpis().values().stream()
            .map(KpiValues::kpiStruct).toArray(Column[]::new))).as("k"))
        .filter(col("k.reported"))
        .withColumn("_reference", lit(false));
    if (references != null) {
      exploded = exploded.unionByName(referenceRows(references, exploded.schema().apply("k").dataType()));
    }
    Column end = PeriodColumns.end(col(KpiColumns.START), col(KpiColumns.GRAIN));
    Column complete = end.lt(lit(asOf));
    // Growth of a period in progress would compare the days so far with a whole reference period
    // (25 days of November against all of October reads -17%): it has no value until the period ends.
    Column value = when(col("k.type").equalTo(KpiType.GROWTH.id()).and(not(complete)), lit(null).cast("double"))
        .otherwise(col("value"));
    return growth(exploded).filter(col("_reference").equalTo(false)).select(
        col(SilverTables.TENANT), col("k.kpi_id").as("kpi_id"), col(KpiColumns.LEVEL), col(KpiColumns.NODE),
        col(KpiColumns.GRAIN), col(KpiColumns.START), end.as("period_end"), value.as("value"), col("numerator"),
        col("denominator"), col("k.unit").as("unit"), complete.as("is_complete"))
        .select(CuratedTables.KPI_VALUES.columns());
  }

  /**
   * Published values in the shape of the KPI rows, marked as references: a growth KPI's window
   * reads their current value ({@code num}) as the period it compares with, and they are dropped
   * after.
   */
  private static Dataset<Row> referenceRows(Dataset<Row> references, org.apache.spark.sql.types.DataType kpi) {
    Column struct = struct(col("kpi_id").as("kpi_id"), lit(KpiType.GROWTH.id()).as("type"), lit(1.0).as("scale"),
        lit(null).cast("string").as("against"), lit("").as("unit"), lit(true).as("reported"),
        col("numerator").cast("double").as("num"), lit(null).cast("double").as("den")).cast(kpi);
    return references.select(col(SilverTables.TENANT), col(KpiColumns.GRAIN), col(KpiColumns.START), col(KpiColumns.LEVEL),
        col(KpiColumns.NODE), struct.as("k"), lit(true).as("_reference"));
  }

  /** One row per tenant, node and period with a column per measure; absent measures are null. */
  static Dataset<Row> measures(SparkSession spark, List<TenantConfig> group, Map<String, Dataset<Row>> current,
      LocalDate asOf) {
    TenantConfig definition = group.get(0);
    Set<Grain> grains = EnumSet.noneOf(Grain.class);
    definition.kpis().values().forEach(k -> grains.addAll(k.grains()));
    Dataset<Row> regions = regions(spark, group);
    Map<String, List<MeasureSpec>> bySource = definition.measures().values().stream()
        .collect(Collectors.groupingBy(MeasureSpec::source, LinkedHashMap::new, Collectors.toList()));
    Dataset<Row> joined = null;
    List<String> absent = new ArrayList<>();
    for (Map.Entry<String, List<MeasureSpec>> entry : bySource.entrySet()) {
      Dataset<Row> rows = current.get(entry.getKey());
      if (rows == null) {
        entry.getValue().forEach(m -> absent.add(m.id()));
        continue;
      }
      Dataset<Row> aggregated = MeasureAggregation.aggregate(definition, definition.sources().get(entry.getKey()), rows,
          entry.getValue(), grains, asOf, regions);
      joined = joined == null ? aggregated : joined.join(aggregated, Columns.seq(KpiColumns.KEY), "full_outer");
    }
    if (joined == null) {
      joined = spark.createDataFrame(List.of(), new StructType().add(SilverTables.TENANT, DataTypes.StringType)
          .add(KpiColumns.GRAIN, DataTypes.StringType).add(KpiColumns.START, DataTypes.DateType)
          .add(KpiColumns.LEVEL, DataTypes.StringType).add(KpiColumns.NODE, DataTypes.StringType));
    }
    for (String id : absent) {
      joined = joined.withColumn(id, lit(null).cast("double"));
    }
    return joined;
  }

  /** Each location of the group's tenants with its region. */
  private static Dataset<Row> regions(SparkSession spark, List<TenantConfig> group) {
    List<Row> rows = new ArrayList<>();
    for (TenantConfig tenant : group) {
      tenant.hierarchy().regions().forEach(r -> r.locations().forEach(l -> rows.add(RowFactory.create(tenant.tenantId(),
          l.id(), r.id()))));
    }
    StructType schema = new StructType().add(SilverTables.TENANT, DataTypes.StringType)
        .add(MeasureAggregation.locationColumn(), DataTypes.StringType)
        .add(MeasureAggregation.regionColumn(), DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }

  /**
   * A KPI at one node and period: its numerator and denominator (ratio), or its current value
   * (simple, growth), and whether the KPI is reported at this row's grain.
   */
  private static Column kpiStruct(KpiSpec kpi) {
    Column reported = col(KpiColumns.GRAIN).isin(kpi.grains().stream().map(Grain::id).toArray());
    Column num = kpi.type() == KpiType.RATIO ? expr(kpi.numerator()) : expr(kpi.expr());
    Column den = kpi.type() == KpiType.RATIO ? expr(kpi.denominator()) : lit(null);
    return struct(
        lit(kpi.id()).as("kpi_id"),
        lit(kpi.type().id()).as("type"),
        lit(kpi.scale()).as("scale"),
        lit(kpi.against() == null ? null : kpi.against().id()).cast("string").as("against"),
        lit(kpi.unit()).as("unit"),
        reported.as("reported"),
        num.cast("double").as("num"),
        den.cast("double").as("den"));
  }

  /**
   * Values of every KPI. Growth KPIs take the same KPI at the same node in the reference period:
   * value = 100 * (cur - ref) / |ref|, numerator = cur, denominator = ref.
   */
  private static Dataset<Row> growth(Dataset<Row> exploded) {
    Column grain = col(KpiColumns.GRAIN);
    Column start = col(KpiColumns.START);
    Column[] series = {col(SilverTables.TENANT), col("k.kpi_id"), col(KpiColumns.LEVEL), col(KpiColumns.NODE), grain};
    Column num = col("k.num");
    Column den = col("k.den");
    Column type = col("k.type");
    Column ref = when(type.notEqual(KpiType.GROWTH.id()), lit(null))
        .when(col("k.against").equalTo(AgainstPeriod.PREVIOUS.id()), PriorPeriods.previous(num, start, grain, series))
        .otherwise(PriorPeriods.yearAgo(num, start, grain, series));
    Dataset<Row> withRef = exploded.withColumn("_ref_value", ref);
    Column refValue = col("_ref_value");
    Column value = when(type.equalTo(KpiType.RATIO.id()),
            when(den.isNull().or(den.equalTo(0)), lit(null)).otherwise(col("k.scale").multiply(num).divide(den)))
        .when(type.equalTo(KpiType.GROWTH.id()),
            when(refValue.isNull().or(refValue.equalTo(0)), lit(null))
                .otherwise(lit(100).multiply(num.minus(refValue)).divide(abs(refValue))))
        .otherwise(col("k.scale").multiply(num));
    return withRef
        .withColumn("value", value.cast("double"))
        .withColumn("numerator", when(type.equalTo(KpiType.SIMPLE.id()), lit(null)).otherwise(num).cast("double"))
        .withColumn("denominator", when(type.equalTo(KpiType.RATIO.id()), den)
            .when(type.equalTo(KpiType.GROWTH.id()), refValue).cast("double"));
  }
}
