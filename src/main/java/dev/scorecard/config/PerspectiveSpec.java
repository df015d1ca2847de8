package dev.scorecard.config;

/** A perspective of the scorecard (financial, customer, ...) and its weight in the whole. */
public record PerspectiveSpec(String id, String name, double weight) {}
