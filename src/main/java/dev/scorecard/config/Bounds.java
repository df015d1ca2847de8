package dev.scorecard.config;

import java.util.Optional;

/**
 * The values a KPI can take, as far as its forecasts are concerned: {@code bounds: { min: 0 }} for a
 * quantity that cannot go negative, {@code { min: 0, max: 100 }} for a share in percent. Forecasts
 * and their interval bounds are cut to these limits. Unset, a KPI that counts rows is still never
 * forecast below zero ({@code forecast.Bounds}).
 */
public record Bounds(Optional<Double> min, Optional<Double> max) {
  public static final Bounds NONE = new Bounds(Optional.empty(), Optional.empty());

  public boolean isNone() {
    return min.isEmpty() && max.isEmpty();
  }
}
