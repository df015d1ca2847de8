package dev.scorecard.config;

/** An arrow of the strategy map: the hypothesis that {@code from} drives {@code to}. */
public record LinkSpec(String from, String to) {}
