package dev.scorecard.report;

import dev.scorecard.config.TenantConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the report of one tenant shows, read from the curated tables for one month: plain
 * values, so the pages render (and are tested) without Spark. Maps are keyed by {@link #key}.
 *
 * @param config the tenant's YAML: perspectives in order, objectives, the strategy map's links
 * @param links the verdicts of {@code strategy_links}; empty when that table does not exist
 * @param alerts the open alerts; empty when the {@code alerts} table does not exist
 */
public record ReportData(TenantConfig config, LocalDate period, List<NodeScore> nodes, Map<String, KpiInfo> kpis,
    Map<String, List<KpiLine>> kpiLines, Map<String, Map<String, ObjectiveStatus>> objectives,
    Map<String, List<KpiTrend>> trends, Map<String, List<Contribution>> contributions,
    Optional<List<LinkVerdict>> links, List<SourceHealth> sources, Optional<List<OpenAlert>> alerts) {

  /** The key of a node in this record's maps. */
  public static String key(String level, String id) {
    return level + ":" + id;
  }

  public static String key(NodeScore node) {
    return key(node.level(), node.id());
  }

  public NodeScore org() {
    return nodes.stream().filter(NodeScore::isOrg).findFirst()
        .orElseThrow(() -> new IllegalStateException("No org node for tenant " + config.tenantId()));
  }

  /** The nodes one level below {@code node}, in the order given. */
  public List<NodeScore> children(NodeScore node) {
    return switch (node.level()) {
      case NodeScore.ORG -> level(NodeScore.REGION);
      case NodeScore.REGION -> level(NodeScore.LOCATION).stream().filter(n -> node.id().equals(n.regionId())).toList();
      default -> List.of();
    };
  }

  /** The locations a league table of {@code node} ranks: all for the org, a region's own. */
  public List<NodeScore> locationsUnder(NodeScore node) {
    return node.isOrg() ? level(NodeScore.LOCATION) : node.isLocation() ? List.of() : children(node);
  }

  /** The node above {@code node}; empty for the org. */
  public Optional<NodeScore> parent(NodeScore node) {
    return switch (node.level()) {
      case NodeScore.LOCATION -> find(NodeScore.REGION, node.regionId());
      case NodeScore.REGION -> Optional.of(org());
      default -> Optional.empty();
    };
  }

  public Optional<NodeScore> find(String level, String id) {
    return nodes.stream().filter(n -> n.level().equals(level) && n.id().equals(id)).findFirst();
  }

  public List<NodeScore> level(String level) {
    return nodes.stream().filter(n -> n.level().equals(level)).toList();
  }
}
