package dev.scorecard.alert;

import java.time.LocalDate;
import java.util.List;

/**
 * A condition found in tonight's tables that deserves an alert, before it is folded and matched
 * with the alerts of earlier nights.
 *
 * @param subjectType {@code kpi}, {@code objective}, {@code perspective}, {@code scorecard} (a node's
 *     overall score), {@code source} or {@code file}
 * @param subjectId the KPI, objective, perspective, source or file id; {@code overall} for a scorecard
 * @param periodStart the period the alert is about (the latest complete one, or the forecast one)
 * @param since when the condition began: the first period of a red streak, the period of a
 *     transition, anomaly or forecast, the last day a source delivered, the day a bad file came.
 *     Part of the identity of an {@linkplain AlertKind#event() event}
 * @param score the score (0-100) for score kinds, the chance of meeting the target for
 *     {@code forecast_risk}
 * @param children the locations folded into this alert (empty unless folded)
 * @param drivers the KPIs that pulled an objective, perspective or overall score down, as text
 */
public record Condition(
    String tenantId,
    AlertKind kind,
    String subjectType,
    String subjectId,
    String nodeLevel,
    String nodeId,
    String periodGrain,
    LocalDate periodStart,
    LocalDate since,
    Double value,
    Double target,
    Double score,
    String status,
    String previousStatus,
    Severity severity,
    List<String> children,
    String drivers) {

  public Condition {
    children = List.copyOf(children);
  }

  /** What the alert is about, without node or time: the same subject at many locations folds. */
  String subjectKey() {
    return String.join("\u0000", tenantId, kind.id(), subjectType, subjectId, String.valueOf(periodGrain),
        String.valueOf(periodStart));
  }

  /**
   * What the condition is, the same on every night it lasts: kind, subject, node and grain, and
   * for an event when it happened. A lasting state (a red objective, a KPI at risk) keeps its
   * identity from one period to the next.
   */
  String identity() {
    String state = String.join("|", tenantId, kind.id(), subjectType, subjectId, nodeLevel, nodeId,
        String.valueOf(periodGrain));
    return kind.event() ? state + "|" + since : state;
  }

  Condition folded(String level, String id, LocalDate start, Severity severity, List<String> locations) {
    return new Condition(tenantId, kind, subjectType, subjectId, level, id, periodGrain, periodStart, start, value,
        target, score, status, previousStatus, severity, locations, drivers);
  }
}
