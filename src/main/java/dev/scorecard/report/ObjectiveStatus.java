package dev.scorecard.report;

/** One objective's score and status at one node in the report's period, from {@code objective_scores}. */
public record ObjectiveStatus(String objectiveId, Double score, String status) {}
