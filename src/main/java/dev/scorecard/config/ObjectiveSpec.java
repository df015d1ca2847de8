package dev.scorecard.config;

/** A strategic objective inside one perspective, weighted among that perspective's objectives. */
public record ObjectiveSpec(
    String id, String name, String perspective, String theme, double weight, String description) {}
