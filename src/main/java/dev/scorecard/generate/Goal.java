package dev.scorecard.generate;

import dev.scorecard.config.Grain;
import dev.scorecard.config.Level;
import dev.scorecard.config.TargetSpec;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A target and the baseline that scores 0, rounded to numbers a person would set (see
 * {@link Goals}), and the config's {@link TargetSpec} entries that set them.
 */
record Goal(BigDecimal target, BigDecimal baseline) {

  /** The recurring target for every node of {@code level}, or of all levels when it is empty. */
  TargetSpec recurring(String kpi, Grain grain, Optional<Level> level) {
    return spec(kpi, grain, level, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The recurring target of one node. */
  TargetSpec forNode(String kpi, Grain grain, String node) {
    return spec(kpi, grain, Optional.empty(), Optional.of(node), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** An override for the period starting {@code start}, with its own score thresholds. */
  TargetSpec forPeriod(String kpi, Grain grain, Level level, YearMonth start, double green, double amber) {
    return spec(kpi, grain, Optional.of(level), Optional.empty(), Optional.of(start), Optional.of(green),
        Optional.of(amber));
  }

  private TargetSpec spec(String kpi, Grain grain, Optional<Level> level, Optional<String> node,
      Optional<YearMonth> period, Optional<Double> green, Optional<Double> amber) {
    return new TargetSpec(kpi, grain, level, node, period.map(p -> p.atDay(1)), target.doubleValue(),
        Optional.of(baseline.doubleValue()), green, amber);
  }
}
