package dev.scorecard.model;

import dev.scorecard.config.Grain;
import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.Level;
import dev.scorecard.config.TargetSpec;
import dev.scorecard.config.TenantConfig;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the target of a tenant that applies to a KPI value at a node and period: the most specific
 * match wins, in the order period and node, period and level, period alone, node, level, any
 * level. Thresholds come from the target when it sets them, else from the KPI.
 */
public final class TargetResolver implements Serializable {
  private final Map<String, List<Entry>> byKpiAndGrain = new HashMap<>();
  private final Map<String, Thresholds> kpiThresholds = new HashMap<>();

  private TargetResolver() {}

  public static TargetResolver of(TenantConfig tenant) {
    TargetResolver resolver = new TargetResolver();
    for (KpiSpec kpi : tenant.kpis().values()) {
      resolver.kpiThresholds.put(kpi.id(), Thresholds.of(kpi.scoring()));
    }
    for (TargetSpec t : tenant.targets()) {
      resolver.byKpiAndGrain.computeIfAbsent(key(t.kpi(), t.grain()), k -> new ArrayList<>()).add(new Entry(
          t.level().orElse(null), t.node().orElse(null), t.period().orElse(null), t.target(), t.baseline().orElse(null),
          t.green().orElse(null), t.amber().orElse(null), priority(t)));
    }
    resolver.byKpiAndGrain.values().forEach(targets -> targets.sort(Comparator.comparingInt(Entry::priority).reversed()));
    return resolver;
  }

  /** A target as it is matched: the config's record holds Optionals, which cannot be shipped to executors. */
  private record Entry(Level level, String node, LocalDate period, double target, Double baseline, Double green,
      Double amber, int priority) implements Serializable {
    boolean matches(Level atLevel, String atNode, LocalDate start) {
      return (level == null || level == atLevel) && (node == null || node.equals(atNode))
          && (period == null || period.equals(start));
    }
  }

  /** Specificity of a target: a period beats a node, which beats a level. */
  static int priority(TargetSpec t) {
    return (t.period().isPresent() ? 8 : 0) + (t.node().isPresent() ? 4 : 0) + (t.level().isPresent() ? 2 : 0);
  }

  /** The target of {@code kpi} at this node and period, or empty when none applies. */
  public Optional<Target> resolve(String kpi, Grain grain, Level level, String node, LocalDate periodStart) {
    for (Entry t : byKpiAndGrain.getOrDefault(key(kpi, grain), List.of())) {
      if (t.matches(level, node, periodStart)) {
        Thresholds own = thresholds(kpi);
        return Optional.of(new Target(t.target(), t.baseline(), new Thresholds(t.green() == null ? own.green() : t.green(),
            t.amber() == null ? own.amber() : t.amber())));
      }
    }
    return Optional.empty();
  }

  /** The KPI's own thresholds (the defaults for an unknown KPI). */
  public Thresholds thresholds(String kpi) {
    return kpiThresholds.getOrDefault(kpi, Thresholds.DEFAULT);
  }

  private static String key(String kpi, Grain grain) {
    return kpi + "\u0000" + grain.id();
  }
}
