package dev.scorecard.alert;

import dev.scorecard.config.AlertRules;
import dev.scorecard.config.AlertSettings;
import dev.scorecard.config.Grain;
import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.model.Thresholds;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The alert rules of every scored subject as a frame to join with the score tables: one row per
 * tenant, subject (each KPI, objective, perspective and the overall score) and alerting grain, with
 * the kinds it raises, their thresholds, and where its status turns amber and red.
 */
public final class AlertRulesFrame {
  static final StructType SCHEMA = new StructType().add("tenant_id", DataTypes.StringType)
      .add("subject_type", DataTypes.StringType).add("subject_id", DataTypes.StringType)
      .add("period_grain", DataTypes.StringType).add("status_on", DataTypes.BooleanType)
      .add("amber_on", DataTypes.BooleanType).add("transition_on", DataTypes.BooleanType)
      .add("hysteresis", DataTypes.DoubleType).add("green_at", DataTypes.DoubleType).add("amber_at", DataTypes.DoubleType)
      .add("risk_on", DataTypes.BooleanType).add("risk_below", DataTypes.DoubleType)
      .add("anomaly_on", DataTypes.BooleanType).add("anomaly_margin", DataTypes.DoubleType);

  private AlertRulesFrame() {}

  public static Dataset<Row> of(SparkSession spark, List<TenantConfig> tenants) {
    List<Row> rows = new ArrayList<>();
    for (TenantConfig t : tenants) {
      AlertSettings settings = t.alerts();
      for (Grain grain : settings.grains()) {
        for (KpiSpec kpi : t.kpis().values()) {
          rows.add(row(t, "kpi", kpi.id(), grain, settings.rules(kpi.id()), Thresholds.of(kpi.scoring())));
        }
        t.objectives().keySet().forEach(id -> rows.add(row(t, "objective", id, grain, settings.rules(), Thresholds.DEFAULT)));
        t.perspectives().keySet().forEach(id -> rows.add(row(t, "perspective", id, grain, settings.rules(),
            Thresholds.DEFAULT)));
        rows.add(row(t, "scorecard", Conditions.OVERALL, grain, settings.rules(), Thresholds.DEFAULT));
      }
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  /** A subject's rules; status and transition alerts only for the subjects the tenant lists. */
  private static Row row(TenantConfig t, String type, String id, Grain grain, AlertRules r, Thresholds thresholds) {
    boolean listed = t.alerts().subjects().contains(type);
    return RowFactory.create(t.tenantId(), type, id, grain.id(), listed && r.status(), r.amber(),
        listed && r.transition(), r.hysteresis(),
        thresholds.green(), thresholds.amber(), r.forecastRisk(), r.riskBelow(), r.anomaly(), r.anomalyMargin());
  }
}
