package dev.scorecard.strategymap;

import dev.scorecard.config.Direction;
import dev.scorecard.config.Grain;
import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.LinkSpec;
import dev.scorecard.config.TenantConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The KPI pairs to test for a tenant: for each arrow of its map, every KPI of the cause objective
 * against every KPI of the effect objective; and, for suggestions, every other pair of KPIs that
 * nothing in the map connects and that share no measure (a ratio and its own numerator always
 * move together, which says nothing about strategy).
 *
 * <p>Pairs are tested at month grain, or at quarter grain where one of the two KPIs has no months,
 * for lags 0 to 3 months (0 to 1 quarters).
 */
public final class Candidates {
  /** Lags tested at month grain: 0 to 3 months. */
  public static final int MONTH_LAGS = 4;
  /** Lags tested at quarter grain: 0 and 1 quarter. */
  public static final int QUARTER_LAGS = 2;

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Candidates() {}

  /** The pairs behind each configured arrow. */
  public static List<Candidate> configured(TenantConfig t) {
    List<Candidate> pairs = new ArrayList<>();
    for (LinkSpec link : t.links()) {
      for (KpiSpec cause : kpisOf(t, link.from())) {
        for (KpiSpec effect : kpisOf(t, link.to())) {
          grain(cause, effect).ifPresent(g -> pairs.add(new Candidate(t.tenantId(), link.from(), link.to(), true,
              cause.id(), effect.id(), orientation(cause, effect), g, lags(g), cause.objective(), effect.objective())));
        }
      }
    }
    return pairs;
  }

  /** The pairs the map does not connect, directly or through other objectives, in either direction. */
  public static List<Candidate> suggestions(TenantConfig t) {
    Map<String, Set<String>> reach = reach(t);
    List<Candidate> pairs = new ArrayList<>();
    for (KpiSpec cause : t.kpis().values()) {
      for (KpiSpec effect : t.kpis().values()) {
        String from = cause.objective();
        String to = effect.objective();
        boolean connected = from.equals(to) || reach.getOrDefault(from, Set.of()).contains(to)
            || reach.getOrDefault(to, Set.of()).contains(from);
        if (!connected && !shareMeasure(t, cause, effect)) {
          grain(cause, effect).ifPresent(g -> pairs.add(new Candidate(t.tenantId(), cause.id(), effect.id(), false,
              cause.id(), effect.id(), orientation(cause, effect), g, lags(g), from, to)));
        }
      }
    }
    return pairs;
  }

  static List<KpiSpec> kpisOf(TenantConfig t, String objectiveOrKpi) {
    KpiSpec kpi = t.kpis().get(objectiveOrKpi);
    if (kpi != null) {
      return List.of(kpi);
    }
    return t.kpis().values().stream().filter(k -> k.objective().equals(objectiveOrKpi)).toList();
  }

  /** Month when both KPIs have months, else quarter when both have quarters. */
  static Optional<Grain> grain(KpiSpec a, KpiSpec b) {
    for (Grain g : List.of(Grain.MONTH, Grain.QUARTER)) {
      if (a.grains().contains(g) && b.grains().contains(g)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  static int lags(Grain g) {
    return g == Grain.MONTH ? MONTH_LAGS : QUARTER_LAGS;
  }

  static int orientation(KpiSpec cause, KpiSpec effect) {
    return (cause.direction() == Direction.LOWER_IS_BETTER) == (effect.direction() == Direction.LOWER_IS_BETTER) ? 1 : -1;
  }

  /** For each objective, every objective its arrows lead to, directly or through others. */
  static Map<String, Set<String>> reach(TenantConfig t) {
    Map<String, Set<String>> next = new HashMap<>();
    for (LinkSpec link : t.links()) {
      next.computeIfAbsent(objectiveOf(t, link.from()), k -> new HashSet<>()).add(objectiveOf(t, link.to()));
    }
    Map<String, Set<String>> reach = new HashMap<>();
    for (String start : next.keySet()) {
      Set<String> seen = new HashSet<>();
      List<String> todo = new ArrayList<>(next.get(start));
      while (!todo.isEmpty()) {
        String o = todo.remove(todo.size() - 1);
        if (seen.add(o)) {
          todo.addAll(next.getOrDefault(o, Set.of()));
        }
      }
      reach.put(start, seen);
    }
    return reach;
  }

  private static String objectiveOf(TenantConfig t, String objectiveOrKpi) {
    KpiSpec kpi = t.kpis().get(objectiveOrKpi);
    return kpi == null ? objectiveOrKpi : kpi.objective();
  }

  static boolean shareMeasure(TenantConfig t, KpiSpec a, KpiSpec b) {
    Set<String> shared = measures(t, a);
    shared.retainAll(measures(t, b));
    return !shared.isEmpty();
  }

  private static Set<String> measures(TenantConfig t, KpiSpec k) {
    Set<String> names = new HashSet<>();
    for (String expression : new String[] {k.expr(), k.numerator(), k.denominator()}) {
      if (expression == null) {
        continue;
      }
      Matcher m = NAME.matcher(expression);
      while (m.find()) {
        if (t.measures().containsKey(m.group())) {
          names.add(m.group());
        }
      }
    }
    return names;
  }
}
