package dev.scorecard.deliver;

import java.time.LocalDate;
import java.util.List;

/**
 * One alert's opening or resolution, as it is delivered: the columns of its {@code alerts} row.
 *
 * @param subjectType what the alert is about: {@code kpi}, {@code objective}, {@code perspective},
 *     {@code scorecard} (a node's overall score), {@code source} or {@code file}
 * @param subjectId the KPI, objective, perspective, source or file; the node id for {@code scorecard}
 * @param children the nodes folded into this alert (locations of a region), empty if none
 * @param query Spark SQL that shows the series behind the alert
 */
public record Notice(
    String alertId,
    Transition transition,
    String tenantId,
    String kind,
    String severity,
    String subjectType,
    String subjectId,
    String nodeLevel,
    String nodeId,
    String periodGrain,
    LocalDate periodStart,
    Double value,
    Double target,
    List<String> children,
    String message,
    String query,
    LocalDate openedOn,
    LocalDate resolvedOn) {

  public Notice {
    children = List.copyOf(children);
  }

  /** The key a receiver can use to ignore a repeat: {@code <alert_id>:<transition>}. */
  public String deliveryId() {
    return alertId + ":" + transition.id();
  }
}
