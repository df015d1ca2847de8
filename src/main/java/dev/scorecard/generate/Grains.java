package dev.scorecard.generate;

import dev.scorecard.config.Grain;
import java.util.List;

/** The grains the generator calibrates targets for, and how many months each spans. */
final class Grains {
  /** Month, quarter and year: the grains every generated KPI reports and has targets for. */
  static final List<Grain> TARGETED = List.of(Grain.MONTH, Grain.QUARTER, Grain.YEAR);

  private Grains() {}

  static int months(Grain grain) {
    return switch (grain) {
      case MONTH -> 1;
      case QUARTER -> 3;
      case YEAR -> 12;
      case WEEK -> throw new IllegalArgumentException("Cannot count months of grain: " + grain.id());
    };
  }
}
