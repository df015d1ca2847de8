package dev.scorecard.alert;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Alerts and conditions to and from Spark rows: the {@code alerts} table and {@link Conditions}' frames. */
public final class AlertRows {
  private AlertRows() {}

  /** A row of a {@link Conditions} frame as a condition. */
  public static Condition condition(Row r) {
    return new Condition(r.getAs("tenant_id"), AlertKind.parse(r.getAs("kind")), r.getAs("subject_type"),
        r.getAs("subject_id"), r.getAs("node_level"), r.getAs("node_id"), r.getAs("period_grain"),
        date(r.getAs("period_start")), date(r.getAs("since")), r.getAs("value"), r.getAs("target"), r.getAs("score"),
        r.getAs("status"), r.getAs("previous_status"), Severity.parse(r.getAs("severity")), List.of(),
        r.getAs("drivers"));
  }

  /** A row of the {@code alerts} table as an alert. */
  public static Alert alert(Row r) {
    List<String> children = r.isNullAt(r.fieldIndex("children")) ? List.of() : r.getList(r.fieldIndex("children"));
    Condition c = new Condition(r.getAs("tenant_id"), AlertKind.parse(r.getAs("kind")), r.getAs("subject_type"),
        r.getAs("subject_id"), r.getAs("node_level"), r.getAs("node_id"), r.getAs("period_grain"),
        date(r.getAs("period_start")), date(r.getAs("since")), r.getAs("value"), r.getAs("target"), r.getAs("score"),
        r.getAs("status"), r.getAs("previous_status"), Severity.parse(r.getAs("severity")), children, r.getAs("drivers"));
    return new Alert(r.getAs("alert_id"), c, AlertState.valueOf(r.<String>getAs("state").toUpperCase(java.util.Locale.ROOT)),
        instant(r.getAs("opened_at")), instant(r.getAs("resolved_at")), date(r.getAs("opened_on")),
        date(r.getAs("resolved_on")), r.getAs("message"), r.getAs("query"));
  }

  /** An alert as a row of the {@code alerts} table, in its column order. */
  static Row row(Alert a) {
    Condition c = a.condition();
    boolean kpi = c.subjectType().equals("kpi");
    return RowFactory.create(c.tenantId(), a.alertId(), c.kind().id(), c.severity().id(), a.state().id(),
        timestamp(a.openedAt()), timestamp(a.resolvedAt()), kpi ? c.subjectId() : null,
        c.subjectType().equals("objective") ? c.subjectId() : null, c.nodeLevel(), c.nodeId(), c.periodGrain(),
        sql(c.periodStart()), c.value(), c.target(), scala.jdk.javaapi.CollectionConverters.asScala(c.children()).toSeq(),
        a.message(), c.subjectType(), c.subjectId(), sql(c.since()), c.score(), c.status(), c.previousStatus(),
        c.drivers(), a.query(), sql(a.openedOn()), sql(a.resolvedOn()));
  }

  private static LocalDate date(Object value) {
    return value == null ? null : value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }

  private static Instant instant(Object value) {
    return value == null ? null : value instanceof Instant i ? i : ((Timestamp) value).toInstant();
  }

  private static Date sql(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
