package dev.scorecard.alert;

import dev.scorecard.config.Level;
import dev.scorecard.model.Node;
import dev.scorecard.model.NodeTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the cause sits: when more than a share of a region's locations raise the same alert, one
 * alert is raised at the region listing them instead of one per location; when more than that
 * share of all locations do, one alert at the org. Shares count the locations the question was
 * asked of (those scored, or forecast, for that subject and period), so a region whose only
 * scored location is red says so once, not three times. Folding needs two locations, or one
 * and the node raising the same alert itself, whose alert it then merges into.
 */
public final class Folding {
  private Folding() {}

  /** The conditions of one tenant, folded; conditions of kinds that do not fold pass unchanged. */
  public static List<Condition> fold(List<Condition> conditions, NodeTree tree, double share, Coverage coverage) {
    Map<String, List<Condition>> bySubject = new LinkedHashMap<>();
    List<Condition> out = new ArrayList<>();
    for (Condition c : conditions) {
      if (c.kind().folds()) {
        bySubject.computeIfAbsent(c.subjectKey(), k -> new ArrayList<>()).add(c);
      } else {
        out.add(c);
      }
    }
    bySubject.values().forEach(group -> out.addAll(foldSubject(group, tree, share, coverage)));
    return out;
  }

  /** How many of a node's locations a condition's question was asked of. */
  public interface Coverage {
    /**
     * @param node the org or a region
     * @param locations how many locations the node has
     */
    int asked(Condition c, Level level, String node, int locations);

    /** Every location was asked. */
    Coverage ALL = (c, level, node, locations) -> locations;
  }

  private static List<Condition> foldSubject(List<Condition> group, NodeTree tree, double share, Coverage coverage) {
    Map<String, Condition> locations = at(group, Level.LOCATION);
    Optional<Condition> org = Optional.ofNullable(at(group, Level.ORG).get(tree.tenantId()));
    Condition question = group.get(0);
    int all = tree.level(Level.LOCATION).size();
    if (folds(locations.size(), coverage.asked(question, Level.ORG, tree.tenantId(), all), share, org.isPresent())) {
      List<Condition> absorbed = new ArrayList<>(group);
      return List.of(merge(org, absorbed, Level.ORG, tree.tenantId(), ordered(tree, locations.keySet())));
    }
    List<Condition> out = new ArrayList<>(group.stream().filter(c -> !c.nodeLevel().equals(Level.LOCATION.id())
        && !c.nodeLevel().equals(Level.REGION.id())).toList());
    Map<String, Condition> regions = at(group, Level.REGION);
    for (Node region : tree.level(Level.REGION)) {
      List<Node> members = tree.children(Level.REGION, region.id());
      List<Condition> flagged = members.stream().map(n -> locations.get(n.id())).filter(Objects::nonNull).toList();
      Optional<Condition> own = Optional.ofNullable(regions.get(region.id()));
      int asked = coverage.asked(question, Level.REGION, region.id(), members.size());
      if (folds(flagged.size(), asked, share, own.isPresent())) {
        List<Condition> absorbed = new ArrayList<>(flagged);
        own.ifPresent(absorbed::add);
        out.add(merge(own, absorbed, Level.REGION, region.id(), flagged.stream().map(Condition::nodeId).toList()));
      } else {
        own.ifPresent(out::add);
        out.addAll(flagged);
      }
    }
    return out;
  }

  private static boolean folds(int flagged, int asked, double share, boolean nodeToo) {
    return (flagged >= 2 || (flagged == 1 && nodeToo)) && flagged > share * asked;
  }

  /**
   * One alert at the node: its own condition's values and start if it has one (else the earliest
   * start of its locations'), and the worst severity of all.
   */
  private static Condition merge(Optional<Condition> own, List<Condition> absorbed, Level level, String nodeId,
      List<String> children) {
    Condition base = own.orElseGet(() -> blank(absorbed.get(0)));
    LocalDate since = own.map(Condition::since).orElseGet(() -> absorbed.stream().map(Condition::since)
        .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(base.since()));
    Severity severity = absorbed.stream().map(Condition::severity).reduce(Severity.INFO, Severity::max);
    return base.folded(level.id(), nodeId, since, severity, children);
  }

  /** A folded alert at a node that raised none itself: its subject and period, no value of its own (set by {@link #merge}). */
  private static Condition blank(Condition child) {
    return new Condition(child.tenantId(), child.kind(), child.subjectType(), child.subjectId(), child.nodeLevel(),
        child.nodeId(), child.periodGrain(), child.periodStart(), child.since(), null, null,
        null, child.status(), null, child.severity(), List.of(), null);
  }

  private static Map<String, Condition> at(List<Condition> group, Level level) {
    return group.stream().filter(c -> c.nodeLevel().equals(level.id()))
        .collect(Collectors.toMap(Condition::nodeId, c -> c, (a, b) -> a, LinkedHashMap::new));
  }

  private static List<String> ordered(NodeTree tree, Set<String> ids) {
    return tree.level(Level.LOCATION).stream().map(Node::id).filter(ids::contains).toList();
  }
}
