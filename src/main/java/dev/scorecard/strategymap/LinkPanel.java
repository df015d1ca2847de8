package dev.scorecard.strategymap;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.months_between;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import dev.scorecard.config.Grain;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark side of the link tests, for every tenant of a batch in one plan: location KPI values
 * of complete periods, less each location's mean (stores differ in level) and each period's mean
 * (every store shares the season and the economy), so what is left is how a store moved against
 * its own habit and against its peers that month. Cause residuals at period t meet effect
 * residuals of the same location at t + lag; only sums per pair and lag go to the driver.
 */
public final class LinkPanel {
  private static final StructType CANDIDATES = new StructType()
      .add("tenant_id", DataTypes.StringType).add("from_id", DataTypes.StringType).add("to_id", DataTypes.StringType)
      .add("cause_kpi", DataTypes.StringType).add("effect_kpi", DataTypes.StringType)
      .add("period_grain", DataTypes.StringType).add("lags", DataTypes.IntegerType);

  private LinkPanel() {}

  /** Location values of complete month and quarter periods with their two-way demeaned residual. */
  public static Dataset<Row> residuals(Dataset<Row> kpiValues) {
    Dataset<Row> values = kpiValues
        .filter(col("node_level").equalTo("location").and(col("is_complete")).and(col("value").isNotNull())
            .and(col("period_grain").isin(Grain.MONTH.id(), Grain.QUARTER.id())))
        .withColumn("t", months_between(col("period_start"), to_date(lit("2000-01-01")))
            .divide(when(col("period_grain").equalTo(Grain.QUARTER.id()), 3).otherwise(1)).cast("int"));
    WindowSpec series = Window.partitionBy("tenant_id", "kpi_id", "period_grain", "node_id");
    WindowSpec period = Window.partitionBy("tenant_id", "kpi_id", "period_grain", "t");
    WindowSpec kpi = Window.partitionBy("tenant_id", "kpi_id", "period_grain");
    Column residual = col("value").minus(avg("value").over(series)).minus(avg("value").over(period))
        .plus(avg("value").over(kpi));
    return values.select(col("tenant_id"), col("kpi_id"), col("period_grain"), col("node_id"), col("t"),
        col("period_start"), residual.as("residual"));
  }

  /** The sums of {@link Moments} for each candidate and lag, collected: small, a few rows per pair. */
  public static List<Judgement.Tested> moments(SparkSession spark, Dataset<Row> residuals, List<Candidate> candidates) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    Dataset<Row> pairs = spark.createDataFrame(candidates.stream().map(c -> RowFactory.create(c.tenantId(),
        c.fromId(), c.toId(), c.causeKpi(), c.effectKpi(), c.grain().id(), c.lags())).toList(), CANDIDATES)
        .withColumn("lag", explode(sequence(lit(0), col("lags").minus(1))));
    Dataset<Row> cause = residuals.select(col("tenant_id"), col("kpi_id").as("cause_kpi"), col("period_grain"),
        col("node_id"), col("t"), col("residual").as("x"));
    Dataset<Row> effect = residuals.select(col("tenant_id").as("e_tenant"), col("kpi_id").as("effect_kpi_e"),
        col("period_grain").as("e_grain"), col("node_id").as("e_node"), col("t").as("e_t"),
        col("period_start").as("e_start"), col("residual").as("y"));
    Dataset<Row> met = cause.join(pairs, new String[] {"tenant_id", "cause_kpi", "period_grain"})
        .join(effect, col("e_tenant").equalTo(col("tenant_id")).and(col("effect_kpi_e").equalTo(col("effect_kpi")))
            .and(col("e_grain").equalTo(col("period_grain"))).and(col("e_node").equalTo(col("node_id")))
            .and(col("e_t").equalTo(col("t").plus(col("lag")))));
    List<Row> sums = met.groupBy("tenant_id", "from_id", "to_id", "cause_kpi", "effect_kpi", "period_grain", "lag")
        .agg(count(lit(1)).as("n"), sum("x").as("sx"), sum("y").as("sy"), sum(col("x").multiply(col("x"))).as("sxx"),
            sum(col("y").multiply(col("y"))).as("syy"), sum(col("x").multiply(col("y"))).as("sxy"),
            countDistinct("node_id").as("locations"), countDistinct("e_t").as("periods"), max("e_start").as("through"))
        .collectAsList();
    return tested(candidates, sums);
  }

  private static List<Judgement.Tested> tested(List<Candidate> candidates, List<Row> sums) {
    Map<String, Row> byKey = new HashMap<>();
    sums.forEach(r -> byKey.put(key(r.getAs("tenant_id"), r.getAs("from_id"), r.getAs("to_id"), r.getAs("cause_kpi"),
        r.getAs("effect_kpi"), r.<Integer>getAs("lag")), r));
    List<Judgement.Tested> tested = new ArrayList<>();
    for (Candidate c : candidates) {
      List<Moments> byLag = new ArrayList<>();
      Date through = null;
      for (int lag = 0; lag < c.lags(); lag++) {
        Row r = byKey.get(key(c.tenantId(), c.fromId(), c.toId(), c.causeKpi(), c.effectKpi(), lag));
        byLag.add(r == null ? null : new Moments(r.getAs("n"), r.getAs("sx"), r.getAs("sy"), r.getAs("sxx"),
            r.getAs("syy"), r.getAs("sxy"), r.<Long>getAs("locations").intValue(), r.<Long>getAs("periods").intValue()));
        Date reached = r == null ? null : r.getAs("through");
        through = through == null || (reached != null && reached.after(through)) ? reached : through;
      }
      tested.add(new Judgement.Tested(c, byLag, through == null ? null : through.toLocalDate()));
    }
    return tested;
  }

  private static String key(Object... parts) {
    return String.join("\u0000", Arrays.stream(parts).map(String::valueOf).toList());
  }
}
