package dev.scorecard.spark;

import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.model.Node;
import dev.scorecard.model.NodeTree;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Small datasets made from the configs of a batch's tenants, each row with its tenant id: the
 * metadata of KPIs, objectives, perspectives and nodes that stages join with the big datasets,
 * and the contract's config tables ({@code nodes}, {@code kpis}, {@code objectives}).
 */
public final class ConfigFrames {
  private ConfigFrames() {}

  /** Per KPI: its objective and perspective, direction, scoring method, weight and thresholds. */
  public static Dataset<Row> kpiMeta(SparkSession spark, List<TenantConfig> tenants) {
    return frame(spark, tenants, strings("tenant_id", "kpi_id", "objective_id", "perspective_id", "direction", "method")
        .add("weight", DataTypes.DoubleType).add("kpi_green", DataTypes.DoubleType).add("kpi_amber", DataTypes.DoubleType)
        .add("additive", DataTypes.BooleanType),
        (t, rows) -> t.kpis().values().forEach(k -> rows.add(RowFactory.create(t.tenantId(), k.id(), k.objective(),
            perspective(t, k), k.direction().id(), k.scoring().method().id(), k.weight(), k.scoring().green(),
            k.scoring().amber(), t.additiveMeasure(k).isPresent()))));
  }

  public static Dataset<Row> objectiveMeta(SparkSession spark, List<TenantConfig> tenants) {
    return frame(spark, tenants, strings("tenant_id", "objective_id", "perspective_id").add("weight", DataTypes.DoubleType),
        (t, rows) -> t.objectives().values().forEach(o -> rows.add(RowFactory.create(t.tenantId(), o.id(), o.perspective(),
            o.weight()))));
  }

  public static Dataset<Row> perspectiveMeta(SparkSession spark, List<TenantConfig> tenants) {
    return frame(spark, tenants, strings("tenant_id", "perspective_id").add("weight", DataTypes.DoubleType),
        (t, rows) -> t.perspectives().values().forEach(p -> rows.add(RowFactory.create(t.tenantId(), p.id(), p.weight()))));
  }

  /** Every node with its parent: locations under their region, regions under the org, the org under none. */
  public static Dataset<Row> parents(SparkSession spark, List<TenantConfig> tenants) {
    return frame(spark, tenants, strings("tenant_id", "node_level", "node_id", "parent_node_id"),
        (t, rows) -> NodeTree.of(t).nodes().forEach(n -> rows.add(RowFactory.create(t.tenantId(), n.level().id(), n.id(),
            n.parentId()))));
  }

  /** The {@code nodes} table: every node with its name and parent. */
  public static Dataset<Row> nodes(SparkSession spark, List<TenantConfig> tenants) {
    return frame(spark, tenants, strings("tenant_id", "node_level", "node_id", "node_name", "parent_level", "parent_node_id"),
        (t, rows) -> NodeTree.of(t).nodes().forEach(n -> rows.add(node(t, n))));
  }

  private static Row node(TenantConfig t, Node n) {
    return RowFactory.create(t.tenantId(), n.level().id(), n.id(), n.name(), n.parentLevel() == null ? null
        : n.parentLevel().id(), n.parentId());
  }

  /** The {@code kpis} table. */
  public static Dataset<Row> kpis(SparkSession spark, List<TenantConfig> tenants) {
    return frame(spark, tenants, strings("tenant_id", "kpi_id", "kpi_name", "objective_id", "perspective_id", "unit",
        "direction").add("weight", DataTypes.DoubleType).add("description", DataTypes.StringType),
        (t, rows) -> t.kpis().values().forEach(k -> rows.add(RowFactory.create(t.tenantId(), k.id(), k.name(),
            k.objective(), perspective(t, k), k.unit(), k.direction().id(), k.weight(), k.description()))));
  }

  /** The {@code objectives} table. */
  public static Dataset<Row> objectives(SparkSession spark, List<TenantConfig> tenants) {
    return frame(spark, tenants, strings("tenant_id", "objective_id", "objective_name", "perspective_id", "theme")
        .add("weight", DataTypes.DoubleType),
        (t, rows) -> t.objectives().values().forEach(o -> rows.add(RowFactory.create(t.tenantId(), o.id(), o.name(),
            o.perspective(), o.theme(), o.weight()))));
  }

  private static String perspective(TenantConfig t, KpiSpec k) {
    return t.objectives().get(k.objective()).perspective();
  }

  private static Dataset<Row> frame(SparkSession spark, List<TenantConfig> tenants, StructType schema,
      BiConsumer<TenantConfig, List<Row>> rowsOf) {
    List<Row> rows = new ArrayList<>();
    tenants.forEach(t -> rowsOf.accept(t, rows));
    return spark.createDataFrame(rows, schema);
  }

  public static StructType strings(String... columns) {
    StructType schema = new StructType();
    for (String name : columns) {
      schema = schema.add(name, DataTypes.StringType);
    }
    return schema;
  }
}
