package dev.scorecard.config;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A target for one KPI at one grain: recurring for every period, or for one {@code period} only;
 * for all levels, one {@code level}, or one {@code node}. Thresholds, when given, override the
 * KPI's own.
 */
public record TargetSpec(
    String kpi,
    Grain grain,
    Optional<Level> level,
    Optional<String> node,
    Optional<LocalDate> period,
    double target,
    Optional<Double> baseline,
    Optional<Double> green,
    Optional<Double> amber) {}
