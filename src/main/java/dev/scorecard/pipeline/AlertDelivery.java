package dev.scorecard.pipeline;

import static org.apache.spark.sql.functions.col;

import dev.scorecard.alert.Alert;
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
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Delivers each alert's opening and resolution once per channel: tonight's, and every earlier
 * one not yet delivered. {@code alert_deliveries} remembers each (alert, channel, transition) with
 * its attempts, so a delivered transition is never sent again and a failed one is sent again on
 * every run until it is delivered.
 */
final class AlertDelivery {
  private final RunContext ctx;
  private final Map<String, Map<String, Row>> before = new HashMap<>();
  private final Map<String, List<Row>> written = new LinkedHashMap<>();

  AlertDelivery(RunContext ctx, List<String> tenantIds) {
    this.ctx = ctx;
    if (ctx.warehouse().exists(CuratedTables.ALERT_DELIVERIES)) {
      for (Row r : ctx.warehouse().curated(CuratedTables.ALERT_DELIVERIES, tenantIds).collectAsList()) {
        before.computeIfAbsent(r.getAs("tenant_id"), k -> new LinkedHashMap<>()).put(key(r.getAs("alert_id"),
            r.getAs("transition"), r.getAs("channel")), r);
      }
    }
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
  Counts.Alerts deliver(TenantConfig t, List<Alert> alerts) {
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
        deliveries.addAll(Dispatcher.send(t.tenantId(), ctx.run().asOf(), only.get(), notices, attempts, System::getenv));
      }
    }
    Map<String, Row> rows = new LinkedHashMap<>(earlier);
    deliveries.forEach(d -> rows.put(key(d.alertId(), d.transition().id(), d.channel()), row(t.tenantId(), d)));
    written.put(t.tenantId(), new ArrayList<>(rows.values()));
    return counts(alerts, deliveries, preview);
  }

  /** Writes {@code alert_deliveries} of every tenant delivered for, in one commit. */
  void record() {
    if (!written.isEmpty()) {
      List<Row> rows = written.values().stream().flatMap(List::stream).toList();
      ctx.warehouse().replace(CuratedTables.ALERT_DELIVERIES, Scope.tenants(written.keySet()),
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

  private Counts.Alerts counts(List<Alert> alerts, List<Delivery> deliveries, List<String> preview) {
    int[] states = new int[AlertState.values().length];
    alerts.forEach(a -> states[a.state().ordinal()]++);
    int[] status = new int[DeliveryStatus.values().length];
    deliveries.forEach(d -> status[d.status().ordinal()]++);
    return new Counts.Alerts(states[AlertState.OPENED.ordinal()], states[AlertState.OPEN.ordinal()],
        (int) alerts.stream().filter(a -> ctx.run().asOf().equals(a.resolvedOn())).count(),
        status[DeliveryStatus.DELIVERED.ordinal()], status[DeliveryStatus.FAILED.ordinal()],
        status[DeliveryStatus.PENDING.ordinal()], preview);
  }

  private static Row row(String tenantId, Delivery d) {
    return RowFactory.create(tenantId, d.alertId(), d.channel(), d.transition().id(), d.attempts(), d.status().id(),
        d.lastResponse(), d.deliveredAt() == null ? null : Timestamp.from(d.deliveredAt()));
  }

  private static String key(String alertId, String transition, String channel) {
    return alertId + ":" + transition + "|" + channel;
  }
}
