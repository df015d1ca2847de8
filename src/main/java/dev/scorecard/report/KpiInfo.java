package dev.scorecard.report;

/** A KPI's name, unit and direction, from {@code kpis}: how its numbers are written. */
public record KpiInfo(String kpiId, String name, String objectiveId, String perspectiveId, String unit,
    String direction) {}
