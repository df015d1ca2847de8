package dev.scorecard.model;

import dev.scorecard.config.Hierarchy;
import dev.scorecard.config.Level;
import dev.scorecard.config.TenantConfig;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's hierarchy as a tree: the org at the root (its id is the tenant id), regions under it,
 * locations under their region. Nodes are listed top down, in config order.
 */
public final class NodeTree implements Serializable {
  private final String tenantId;
  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, Node> byKey = new HashMap<>();
  private final Map<String, List<Node>> children = new HashMap<>();

  private NodeTree(String tenantId) {
    this.tenantId = tenantId;
  }

  public static NodeTree of(TenantConfig tenant) {
    NodeTree tree = new NodeTree(tenant.tenantId());
    tree.add(new Node(Level.ORG, tenant.tenantId(), tenant.hierarchy().orgName(), null, null));
    for (Hierarchy.Region r : tenant.hierarchy().regions()) {
      tree.add(new Node(Level.REGION, r.id(), r.name(), Level.ORG, tenant.tenantId()));
      r.locations().forEach(l -> tree.add(new Node(Level.LOCATION, l.id(), l.name(), Level.REGION, r.id())));
    }
    return tree;
  }

  private void add(Node node) {
    nodes.add(node);
    byKey.put(key(node.level(), node.id()), node);
    if (node.parentLevel() != null) {
      children.computeIfAbsent(key(node.parentLevel(), node.parentId()), k -> new ArrayList<>()).add(node);
    }
  }

  public String tenantId() {
    return tenantId;
  }

  /** Every node, top down: the org, then each region followed by its locations. */
  public List<Node> nodes() {
    return Collections.unmodifiableList(nodes);
  }

  public Optional<Node> node(Level level, String id) {
    return Optional.ofNullable(byKey.get(key(level, id)));
  }

  /** The nodes right below this one: a region's locations, the org's regions; none for a location. */
  public List<Node> children(Level level, String id) {
    return children.getOrDefault(key(level, id), List.of());
  }

  /** The nodes of one level, in config order. */
  public List<Node> level(Level level) {
    return nodes.stream().filter(n -> n.level() == level).toList();
  }

  private static String key(Level level, String id) {
    return level.id() + "\u0000" + id;
  }
}
