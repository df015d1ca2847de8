package dev.scorecard.generate;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The measures of one node over one span of days, as the engine would aggregate them from the
 * written rows: sums (counts are sums of 1) and distinct sets for {@code count_distinct}.
 *
 * <p>The simulation feeds it exactly the rounded values it writes, so the causal model reacts
 * to what an analyst will see, and targets are calibrated on the engine's own numbers.
 */
final class Totals {
  private final Map<String, Double> sums = new TreeMap<>();
  private final Map<String, Set<String>> distincts = new TreeMap<>();

  void add(String measure, double value) {
    sums.merge(measure, value, Double::sum);
  }

  void distinct(String measure, String value) {
    distincts.computeIfAbsent(measure, m -> new HashSet<>()).add(value);
  }

  /** The measure's value: its sum, or its distinct count; 0 when nothing was added. */
  double value(String measure) {
    Set<String> set = distincts.get(measure);
    return set != null ? set.size() : sums.getOrDefault(measure, 0.0);
  }

  /** Adds {@code other} into this total; distinct sets are united, so a customer counts once. */
  void include(Totals other) {
    other.sums.forEach(this::add);
    other.distincts.forEach((m, set) -> distincts.computeIfAbsent(m, k -> new HashSet<>()).addAll(set));
  }
}
