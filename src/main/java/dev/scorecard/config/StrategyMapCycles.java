package dev.scorecard.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Finds a cycle in the strategy map's arrows, if any: cause and effect must not loop. */
final class StrategyMapCycles {
  private StrategyMapCycles() {}

  /** One cycle as the list of objectives along it, first repeated last; empty when acyclic. */
  static Optional<List<String>> find(Map<String, List<String>> edges) {
    Set<String> done = new HashSet<>();
    for (String start : new TreeSet<>(edges.keySet())) {
      Optional<List<String>> cycle = visit(start, edges, new ArrayList<>(), done);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    return Optional.empty();
  }

  private static Optional<List<String>> visit(String node, Map<String, List<String>> edges, List<String> path, Set<String> done) {
    int at = path.indexOf(node);
    if (at >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
      cycle.add(node);
      return Optional.of(cycle);
    }
    if (!done.add(node)) {
      return Optional.empty();
    }
    path.add(node);
    for (String next : edges.getOrDefault(node, List.of())) {
      Optional<List<String>> cycle = visit(next, edges, path, done);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    return Optional.empty();
  }
}
