package dev.scorecard.config;

import java.util.List;

/**
 * A key performance indicator of one objective.
 *
 * <ul>
 *   <li>{@code simple}: value = {@code expr} over measures.
 *   <li>{@code ratio}: value = {@code scale * numerator / denominator}, both summed at each node
 *       and period before dividing, so a region's ratio is a ratio of sums.
 *   <li>{@code growth}: value = {@code 100 * (cur - ref) / |ref|} of {@code expr} against the
 *       {@code against} period.
 * </ul>
 *
 * <p>{@code bounds} limit the KPI's forecasts (see {@link Bounds}).
 */
public record KpiSpec(
    String id,
    String name,
    String objective,
    KpiType type,
    String expr,
    String numerator,
    String denominator,
    double scale,
    AgainstPeriod against,
    String unit,
    Direction direction,
    double weight,
    List<Grain> grains,
    String description,
    Scoring scoring,
    Bounds bounds) {

  public static final List<Grain> GRAINS_DEFAULT = List.of(Grain.MONTH, Grain.QUARTER, Grain.YEAR);
}
