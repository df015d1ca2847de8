package dev.scorecard.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import dev.scorecard.config.ConfigEnum;
import dev.scorecard.config.Grain;
import dev.scorecard.config.Level;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.model.Target;
import dev.scorecard.model.TargetResolver;
import dev.scorecard.model.Thresholds;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The target that applies to each row of a KPI dataset, found by {@link TargetResolver} on the
 * executors: a struct of {@code target}, {@code baseline} (null without one), {@code green} and
 * {@code amber} (the target's thresholds, else the KPI's; the KPI's when no target applies).
 */
public final class TargetColumns {
  private static final StructType TARGET = new StructType().add("target", DataTypes.DoubleType)
      .add("baseline", DataTypes.DoubleType).add("green", DataTypes.DoubleType).add("amber", DataTypes.DoubleType);

  private TargetColumns() {}

  /** Reads tenant_id, kpi_id, period_grain, node_level, node_id and period_start. */
  public static Column target(SparkSession spark, List<TenantConfig> tenants) {
    Map<String, TargetResolver> resolvers = new HashMap<>();
    tenants.forEach(t -> resolvers.put(t.tenantId(), TargetResolver.of(t)));
    Broadcast<Map<String, TargetResolver>> shipped = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(resolvers);
    UDF6<String, String, String, String, String, Date, Row> resolve = (tenant, kpi, grain, level, node, start) -> {
      TargetResolver resolver = shipped.value().get(tenant);
      Optional<Target> target = resolver.resolve(kpi, ConfigEnum.parse(Grain.class, grain).orElseThrow(),
          ConfigEnum.parse(Level.class, level).orElseThrow(), node, start.toLocalDate());
      Thresholds t = target.map(Target::thresholds).orElse(resolver.thresholds(kpi));
      return RowFactory.create(target.map(Target::target).orElse(null), target.map(Target::baseline).orElse(null),
          t.green(), t.amber());
    };
    return udf(resolve, TARGET).apply(col("tenant_id"), col("kpi_id"), col("period_grain"), col("node_level"),
        col("node_id"), col("period_start"));
  }
}
