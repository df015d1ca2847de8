package dev.scorecard.generate;

import java.util.List;

/**
 * The scorecard design of a tenant: perspectives, their objectives, the KPIs that measure them
 * and the strategy-map links between objectives.
 */
record Scorecard(List<Perspective> perspectives, List<Objective> objectives, List<KpiSpec> kpis, List<Link> links) {

  /** A perspective and its weight in the node score. */
  record Perspective(String id, String name, double weight) {}

  /** An objective; {@code theme} is a strategy theme id or null. */
  record Objective(String id, String name, String perspective, String theme, double weight, String description) {}

  /** A hypothesised cause-and-effect arrow of the strategy map. */
  record Link(String from, String to) {}
}
