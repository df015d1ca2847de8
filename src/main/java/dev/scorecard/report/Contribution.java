package dev.scorecard.report;

/**
 * A part of a node's score change since the month before, from {@code score_changes}: a KPI, or
 * {@code renormalisation} (KPIs that gained or lost a score, and the weights that moved with them).
 */
public record Contribution(String contributor, double points) {}
