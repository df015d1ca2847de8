package dev.scorecard.model;

import java.io.Serializable;

/**
 * The target that applies to one KPI value, with its baseline (null when none) and the
 * thresholds its score's status uses (the target's own, else the KPI's).
 */
public record Target(double target, Double baseline, Thresholds thresholds) implements Serializable {}
