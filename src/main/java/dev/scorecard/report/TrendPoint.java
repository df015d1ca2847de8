package dev.scorecard.report;

import java.time.LocalDate;

/**
 * One month of a KPI's series at one node, from {@code kpi_scores}: value, the target that applied,
 * and whether the month was still open (provisional) at the as-of date.
 */
public record TrendPoint(LocalDate period, Double value, Double target, boolean provisional) {}
