package dev.scorecard.score;

import dev.scorecard.config.Hierarchy;
import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.Level;
import dev.scorecard.config.TenantConfig;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Small datasets made from a tenant's config, to join with the big ones: metadata of KPIs, objectives, nodes. */
public final class ConfigFrames {
  private ConfigFrames() {}

  /** Per KPI: its objective and perspective, direction, scoring method, weight and thresholds. */
  public static Dataset<Row> kpiMeta(SparkSession spark, TenantConfig tenant) {
    List<Row> rows = new ArrayList<>();
    for (KpiSpec k : tenant.kpis().values()) {
      rows.add(RowFactory.create(k.id(), k.objective(), tenant.objectives().get(k.objective()).perspective(),
          k.direction().id(), k.scoring().method().id(), k.weight(), k.scoring().green(), k.scoring().amber()));
    }
    return spark.createDataFrame(rows, schema("kpi_id", "objective_id", "perspective_id", "direction", "method")
        .add("weight", DataTypes.DoubleType).add("kpi_green", DataTypes.DoubleType).add("kpi_amber", DataTypes.DoubleType));
  }

  static Dataset<Row> objectiveMeta(SparkSession spark, TenantConfig tenant) {
    List<Row> rows = tenant.objectives().values().stream()
        .map(o -> RowFactory.create(o.id(), o.perspective(), o.weight())).toList();
    return spark.createDataFrame(rows, schema("objective_id", "perspective_id").add("weight", DataTypes.DoubleType));
  }

  static Dataset<Row> perspectiveMeta(SparkSession spark, TenantConfig tenant) {
    List<Row> rows = tenant.perspectives().values().stream().map(p -> RowFactory.create(p.id(), p.weight())).toList();
    return spark.createDataFrame(rows, schema("perspective_id").add("weight", DataTypes.DoubleType));
  }

  /** Every node with its parent: locations under their region, regions under the org, the org under none. */
  static Dataset<Row> parents(SparkSession spark, TenantConfig tenant) {
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create(Level.ORG.id(), tenant.tenantId(), null));
    for (Hierarchy.Region r : tenant.hierarchy().regions()) {
      rows.add(RowFactory.create(Level.REGION.id(), r.id(), tenant.tenantId()));
      r.locations().forEach(l -> rows.add(RowFactory.create(Level.LOCATION.id(), l.id(), r.id())));
    }
    return spark.createDataFrame(rows, schema("node_level", "node_id", "parent_node_id"));
  }

  /** The {@code nodes} table: every node with its name and parent. */
  public static Dataset<Row> nodes(SparkSession spark, TenantConfig tenant) {
    String t = tenant.tenantId();
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create(t, Level.ORG.id(), t, tenant.hierarchy().orgName(), null, null));
    for (Hierarchy.Region r : tenant.hierarchy().regions()) {
      rows.add(RowFactory.create(t, Level.REGION.id(), r.id(), r.name(), Level.ORG.id(), t));
      r.locations().forEach(l -> rows.add(RowFactory.create(t, Level.LOCATION.id(), l.id(), l.name(), Level.REGION.id(), r.id())));
    }
    return spark.createDataFrame(rows, schema("tenant_id", "node_level", "node_id", "node_name", "parent_level", "parent_node_id"));
  }

  /** The {@code kpis} table. */
  public static Dataset<Row> kpis(SparkSession spark, TenantConfig tenant) {
    List<Row> rows = tenant.kpis().values().stream().map(k -> RowFactory.create(tenant.tenantId(), k.id(), k.name(),
        k.objective(), tenant.objectives().get(k.objective()).perspective(), k.unit(), k.direction().id(), k.weight(),
        k.description())).toList();
    return spark.createDataFrame(rows, schema("tenant_id", "kpi_id", "kpi_name", "objective_id", "perspective_id", "unit",
        "direction").add("weight", DataTypes.DoubleType).add("description", DataTypes.StringType));
  }

  /** The {@code objectives} table. */
  public static Dataset<Row> objectives(SparkSession spark, TenantConfig tenant) {
    List<Row> rows = tenant.objectives().values().stream().map(o -> RowFactory.create(tenant.tenantId(), o.id(),
        o.name(), o.perspective(), o.theme(), o.weight())).toList();
    return spark.createDataFrame(rows, schema("tenant_id", "objective_id", "objective_name", "perspective_id", "theme")
        .add("weight", DataTypes.DoubleType));
  }

  static StructType schema(String... stringColumns) {
    StructType schema = new StructType();
    for (String name : stringColumns) {
      schema = schema.add(name, DataTypes.StringType);
    }
    return schema;
  }
}
