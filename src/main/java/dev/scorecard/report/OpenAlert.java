package dev.scorecard.report;

/** An alert not yet resolved, from {@code alerts}. */
public record OpenAlert(String severity, String kind, String nodeLevel, String nodeId, String message) {}
