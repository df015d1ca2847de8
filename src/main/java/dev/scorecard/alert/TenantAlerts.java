package dev.scorecard.alert;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.model.NodeTree;
import dev.scorecard.publish.CuratedTables;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * What one tenant needs to turn its conditions of a night into alerts: its node tree, its fold
 * share and the words. Serializable, so that each tenant's alerts are made on the executor that
 * holds its conditions, and only the rows written ever leave it.
 */
public record TenantAlerts(NodeTree tree, double foldShare, AlertText text) implements Serializable {
  /** Conditions in one order on every run, so that folding picks the same values each time. */
  private static final Comparator<Condition> ORDER = Comparator.comparing(Condition::subjectKey)
      .thenComparing(Condition::nodeLevel).thenComparing(Condition::nodeId);

  public static TenantAlerts of(TenantConfig t) {
    NodeTree tree = NodeTree.of(t);
    return new TenantAlerts(tree, t.alerts().foldShare(), new AlertText(tree, AlertText.Names.of(t)));
  }

  /**
   * Every tenant's alerts of the night as rows of the {@code alerts} table: tonight's conditions
   * folded ({@link Folding}) and matched with the earlier alerts that could go on
   * ({@link AlertHistory}), in one Spark plan grouped by tenant.
   *
   * @param conditions rows of {@link Conditions}' frames with {@link Drivers} and {@link Asked} counts
   * @param previous rows of the {@code alerts} table that tonight may continue, resolve or replace
   */
  public static Dataset<Row> frame(Dataset<Row> conditions, Dataset<Row> previous, Map<String, TenantAlerts> tenants,
      LocalDate night, Instant now) {
    Broadcast<Map<String, TenantAlerts>> shared = JavaSparkContext.fromSparkContext(conditions.sparkSession()
        .sparkContext()).broadcast(tenants);
    MapFunction<Row, String> tenant = r -> r.getAs("tenant_id");
    CoGroupFunction<String, Row, Row, Row> alerts = (id, tonight, before) -> shared.value().get(id)
        .alerts(tonight, before, night, now).stream().map(AlertRows::row).iterator();
    return conditions.groupByKey(tenant, Encoders.STRING()).cogroup(previous.groupByKey(tenant, Encoders.STRING()),
        alerts, Encoders.row(CuratedTables.ALERTS.contentSchema()));
  }

  /** One tenant's alerts: its conditions folded and matched with its earlier alerts. */
  List<Alert> alerts(Iterator<Row> conditions, Iterator<Row> previous, LocalDate night, Instant now) {
    Asked asked = new Asked();
    List<Condition> tonight = new ArrayList<>();
    conditions.forEachRemaining(r -> {
      Condition c = AlertRows.condition(r);
      asked.add(c, r);
      tonight.add(c);
    });
    tonight.sort(ORDER);
    List<Alert> before = new ArrayList<>();
    previous.forEachRemaining(r -> before.add(AlertRows.alert(r)));
    return AlertHistory.merge(before, Folding.fold(tonight, tree, foldShare, asked), night, now, text::of);
  }
}
