package dev.scorecard.report;

/**
 * One KPI of one node in the report's period, from {@code kpi_scores} (and its name and unit from
 * {@code kpis}): a row of the scorecard table.
 *
 * @param changePct the value's change against the month before, in percent ({@code change_pct})
 * @param contribution the KPI's part of the node's score change in points, from
 *     {@code score_changes}; null when that table or row is absent
 */
public record KpiLine(String kpiId, String name, String objectiveId, String perspectiveId, String unit,
    Double value, Double target, Double score, String status, Double changePct, boolean provisional,
    Double contribution) {}
