package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.scorecard.alert.Alert;
import dev.scorecard.alert.AlertKind;
import dev.scorecard.alert.AlertRows;
import dev.scorecard.alert.AlertState;
import dev.scorecard.alert.Condition;
import dev.scorecard.config.AlertSettings;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.deliver.Delivery;
import dev.scorecard.deliver.DeliveryStatus;
import dev.scorecard.deliver.Dispatcher;
import dev.scorecard.deliver.Notice;
import dev.scorecard.deliver.Preview;
import dev.scorecard.deliver.Transition;
import dev.scorecard.publish.CuratedTables;
import dev.scorecard.publish.Scope;
import dev.scorecard.spark.Columns;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.storage.StorageLevel;

/**
 * Delivers each alert's opening and resolution once per channel: tonight's, and every earlier
 * one not yet delivered. {@code alert_deliveries} remembers each (alert, channel, transition) with
 * its attempts, so a delivered transition is never sent again and a failed one is sent again on
 * every run until it is delivered. Only what is owed comes to the driver: the alerts with news
 * tonight or a delivery still to make, of the tenants with a channel, and their earlier deliveries.
 */
final class AlertDelivery {
  private final RunContext ctx;
  private final Map<String, Tonight> tonight = new HashMap<>();
  private final Map<String, List<Alert>> toDeliver = new HashMap<>();
  private final Map<String, Map<String, Row>> before = new HashMap<>();
  private final Map<String, List<Row>> written = new LinkedHashMap<>();
  private final Map<String, List<String>> sent = new LinkedHashMap<>();

  /** How many of a tenant's alerts opened tonight, are still open, and were resolved tonight. */
  private record Tonight(int opened, int open, int resolved) {}

  /**
   * @param alerts the batch's alerts that tonight can change, as tonight will write them ({@code
   *     alerts} rows; on a dry run, as it would)
   */
  AlertDelivery(RunContext ctx, List<TenantConfig> tenants, Dataset<Row> alerts) {
    this.ctx = ctx;
    Column night = lit(Date.valueOf(ctx.run().asOf()));
    alerts.groupBy("tenant_id").agg(sum(when(col("state").equalTo(AlertState.OPENED.id()), 1).otherwise(0)),
        sum(when(col("state").equalTo(AlertState.OPEN.id()), 1).otherwise(0)),
        sum(when(col("resolved_on").equalTo(night), 1).otherwise(0))).collectAsList()
        .forEach(r -> tonight.put(r.getString(0), new Tonight((int) r.getLong(1), (int) r.getLong(2), (int) r.getLong(3))));
    List<String> withChannels = tenants.stream()
        .filter(t -> t.alerts().webhook().isPresent() || t.alerts().email().isPresent()).map(TenantConfig::tenantId)
        .toList();
    if (withChannels.isEmpty()) {
      return;
    }
    String[] alert = {"tenant_id", "alert_id"};
    Dataset<Row> current = alerts.filter(col("tenant_id").isin(withChannels.toArray()));
    if (ctx.warehouse().exists(CuratedTables.ALERTS)) {
      current = current.unionByName(ctx.warehouse().curated(CuratedTables.ALERTS, withChannels)
          .join(current.select(Columns.of(alert)), Columns.seq(alert), "left_anti"));
    }
    Column news = col("state").equalTo(AlertState.OPENED.id()).or(col("state").equalTo(AlertState.RESOLVED.id())
        .and(col("resolved_on").equalTo(night)).and(col("kind").isin(announcing())));
    Dataset<Row> wanted = current.filter(news);
    if (ctx.warehouse().exists(CuratedTables.ALERT_DELIVERIES)) {
      Dataset<Row> deliveries = ctx.warehouse().curated(CuratedTables.ALERT_DELIVERIES, withChannels);
      Dataset<Row> undelivered = deliveries.filter(col("status").notEqual(DeliveryStatus.DELIVERED.id())).select(Columns.of(alert));
      wanted = wanted.unionByName(current.join(undelivered, Columns.seq(alert), "left_semi")).dropDuplicates(alert)
          .persist(StorageLevel.MEMORY_AND_DISK());
      for (Row r : deliveries.join(wanted.select(Columns.of(alert)), Columns.seq(alert), "left_semi").collectAsList()) {
        before.computeIfAbsent(r.getAs("tenant_id"), k -> new LinkedHashMap<>()).put(key(r.getAs("alert_id"),
            r.getAs("transition"), r.getAs("channel")), r);
      }
    }
    for (Row r : wanted.collectAsList()) {
      Alert a = AlertRows.alert(r);
      toDeliver.computeIfAbsent(a.condition().tenantId(), k -> new ArrayList<>()).add(a);
    }
    wanted.unpersist();
  }

  /**
   * The tenants with deliveries to retry, in one query over the batch: a run for them is owed even
   * when nothing else is new.
   */
  static java.util.Set<String> owing(RunContext ctx, List<TenantConfig> tenants) {
    List<String> withChannels = tenants.stream()
        .filter(t -> t.alerts().webhook().isPresent() || t.alerts().email().isPresent()).map(TenantConfig::tenantId)
        .toList();
    if (withChannels.isEmpty() || !ctx.warehouse().exists(CuratedTables.ALERT_DELIVERIES)) {
      return java.util.Set.of();
    }
    return ctx.warehouse().curated(CuratedTables.ALERT_DELIVERIES, withChannels)
        .filter(col("status").notEqual(DeliveryStatus.DELIVERED.id())).select("tenant_id").distinct()
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream().collect(java.util.stream.Collectors.toSet());
  }

  /** Sends (or, on a dry run, renders) what the tenant's channels still owe, and counts its alerts. */
  Counts.Alerts deliver(TenantConfig t) {
    List<Alert> alerts = toDeliver.getOrDefault(t.tenantId(), List.of());
    Map<String, Row> earlier = before.getOrDefault(t.tenantId(), Map.of());
    List<Delivery> deliveries = new ArrayList<>();
    List<String> preview = new ArrayList<>();
    for (String channel : List.of(Delivery.WEBHOOK, Delivery.EMAIL)) {
      Optional<AlertSettings> only = only(t.alerts(), channel);
      if (only.isEmpty()) {
        continue;
      }
      List<Notice> notices = owed(alerts, earlier, channel);
      if (ctx.dryRun()) {
        Preview p = Dispatcher.preview(t.tenantId(), ctx.run().asOf(), only.get(), notices);
        preview.addAll(p.webhookBodies());
        p.email().ifPresent(preview::add);
      } else {
        Map<String, Integer> attempts = new HashMap<>();
        earlier.forEach((k, r) -> attempts.put(k, r.<Integer>getAs("attempts")));
        deliveries.addAll(Dispatcher.send(t.tenantId(), ctx.run().asOf(), only.get(), notices, attempts, ctx::environment));
      }
    }
    if (!deliveries.isEmpty()) {
      Map<String, Row> rows = new LinkedHashMap<>();
      List<String> ids = deliveries.stream().map(Delivery::alertId).distinct().toList();
      earlier.forEach((k, r) -> {
        if (ids.contains(r.<String>getAs("alert_id"))) {
          rows.put(k, r);
        }
      });
      deliveries.forEach(d -> rows.put(key(d.alertId(), d.transition().id(), d.channel()), row(t.tenantId(), d)));
      written.put(t.tenantId(), new ArrayList<>(rows.values()));
      sent.put(t.tenantId(), ids);
    }
    Tonight counted = tonight.getOrDefault(t.tenantId(), new Tonight(0, 0, 0));
    int[] status = new int[DeliveryStatus.values().length];
    deliveries.forEach(d -> status[d.status().ordinal()]++);
    return new Counts.Alerts(counted.opened(), counted.open(), counted.resolved(), status[DeliveryStatus.DELIVERED.ordinal()],
        status[DeliveryStatus.FAILED.ordinal()], status[DeliveryStatus.PENDING.ordinal()], preview);
  }

  /**
   * Writes the deliveries made tonight in one commit, with the other deliveries of the same
   * alerts; every other row of {@code alert_deliveries} stays as it was.
   */
  void record() {
    if (!written.isEmpty()) {
      List<Row> rows = written.values().stream().flatMap(List::stream).toList();
      Scope scope = new Scope();
      sent.forEach((tenant, ids) -> scope.in(tenant, "alert_id", ids));
      ctx.warehouse().replace(CuratedTables.ALERT_DELIVERIES, scope,
          ctx.spark().createDataFrame(rows, CuratedTables.ALERT_DELIVERIES.contentSchema()), ctx.run());
    }
  }

  /**
   * The transitions a channel still owes: tonight's openings and resolutions, and earlier ones not
   * delivered; never one delivered already.
   */
  private List<Notice> owed(List<Alert> alerts, Map<String, Row> earlier, String channel) {
    List<Notice> notices = new ArrayList<>();
    for (Alert a : worstFirst(alerts)) {
      for (Transition transition : Transition.values()) {
        Row last = earlier.get(key(a.alertId(), transition.id(), channel));
        boolean tonight = transition == Transition.OPENED ? a.state() == AlertState.OPENED
            : a.state() == AlertState.RESOLVED && ctx.run().asOf().equals(a.resolvedOn())
                && a.condition().kind().announcesResolution();
        boolean undelivered = last != null && !DeliveryStatus.DELIVERED.id().equals(last.getAs("status"));
        if ((tonight && last == null) || undelivered) {
          notices.add(notice(a, transition));
        }
      }
    }
    return notices;
  }

  /** The alerts in the order a person reads them: most severe first, then by kind and node. */
  private static List<Alert> worstFirst(List<Alert> alerts) {
    return alerts.stream().sorted(java.util.Comparator
        .comparing((Alert a) -> a.condition().severity()).reversed()
        .thenComparing(a -> a.condition().kind())
        .thenComparing(a -> a.condition().nodeId())).toList();
  }

  private static Notice notice(Alert a, Transition transition) {
    Condition c = a.condition();
    return new Notice(a.alertId(), transition, c.tenantId(), c.kind().id(), c.severity().id(), c.subjectType(),
        c.subjectId(), c.nodeLevel(), c.nodeId(), c.periodGrain(), c.periodStart(), c.value(), c.target(), c.children(),
        a.message(), a.query(), a.openedOn(), a.resolvedOn());
  }

  /** The tenant's settings with only this channel, if it has it. */
  private static Optional<AlertSettings> only(AlertSettings s, String channel) {
    boolean webhook = channel.equals(Delivery.WEBHOOK);
    if (webhook ? s.webhook().isEmpty() : s.email().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AlertSettings(s.rules(), s.kpis(), s.grains(), s.subjects(), s.staleSource(), s.staleFactor(),
        s.dataQuality(), s.quarantineRatio(), s.foldShare(), webhook ? s.webhook() : Optional.empty(),
        webhook ? Optional.empty() : s.email(), s.retry()));
  }

  /** The kinds whose resolution is news. */
  private static Object[] announcing() {
    return java.util.Arrays.stream(AlertKind.values()).filter(AlertKind::announcesResolution).map(AlertKind::id).toArray();
  }

  private static Row row(String tenantId, Delivery d) {
    return RowFactory.create(tenantId, d.alertId(), d.channel(), d.transition().id(), d.attempts(), d.status().id(),
        d.lastResponse(), d.deliveredAt() == null ? null : Timestamp.from(d.deliveredAt()));
  }

  private static String key(String alertId, String transition, String channel) {
    return alertId + ":" + transition + "|" + channel;
  }
}
