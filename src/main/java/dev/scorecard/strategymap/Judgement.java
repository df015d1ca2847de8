package dev.scorecard.strategymap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * From the lagged moments of every tested pair to the rows of {@code strategy_links}. An arrow
 * between objectives stands for all pairs of their KPIs; it takes the verdict of its strongest pair
 * (supported before contradicted before weak), with the p-value adjusted for every pair and lag
 * looked at. Suggestions are held to a stricter bar and need a lag, which gives them a direction.
 */
public final class Judgement {
  /** Correlation a suggestion needs. */
  public static final double SUGGESTION_CORRELATION = 0.3;
  /** Adjusted p-value a suggestion needs. */
  public static final double SUGGESTION_ALPHA = 0.001;

  private Judgement() {}

  /** The moments of one pair at lag 0, 1, ... and the latest effect period they reach. */
  public record Tested(Candidate candidate, List<Moments> byLag, LocalDate throughPeriod) {}

  /** One row per configured arrow, in the order of the config, for {@code pairs} of one tenant. */
  public static List<LinkRow> arrows(List<Tested> pairs) {
    Map<String, List<Tested>> byArrow = group(pairs, t -> t.candidate().fromId() + "\u0000" + t.candidate().toId());
    List<LinkRow> rows = new ArrayList<>();
    for (List<Tested> arrow : byArrow.values()) {
      int comparisons = arrow.stream().mapToInt(t -> t.byLag().size()).sum();
      List<LinkRow> judged = arrow.stream().map(t -> row(t, LinkTest.test(t.byLag(), t.candidate().orientation(),
          comparisons, LinkTest.MIN_CORRELATION, LinkTest.ALPHA))).toList();
      rows.add(strongest(judged));
    }
    return rows;
  }

  /**
   * The suggested arrows among {@code pairs} of one tenant: supported at a lag of at least one period;
   * one per pair of objectives (either way round), the strongest, so two KPIs of one objective that
   * move together make one suggestion, not two.
   */
  public static List<LinkRow> suggestions(List<Tested> pairs) {
    int comparisons = pairs.stream().mapToInt(t -> t.byLag().size()).sum();
    Map<String, LinkRow> kept = new LinkedHashMap<>();
    for (Tested t : pairs) {
      LinkRow row = row(t, LinkTest.test(t.byLag(), t.candidate().orientation(), comparisons,
          SUGGESTION_CORRELATION, SUGGESTION_ALPHA));
      if (row.verdict() != Verdict.SUPPORTED || row.lag() == 0) {
        continue;
      }
      String from = t.candidate().causeObjective();
      String to = t.candidate().effectObjective();
      String key = from.compareTo(to) < 0 ? from + "\u0000" + to : to + "\u0000" + from;
      kept.merge(key, row, (a, b) -> a.correlation() >= b.correlation() ? a : b);
    }
    return new ArrayList<>(kept.values());
  }

  /** A row for an arrow none of whose KPI pairs share a grain of months or quarters. */
  public static LinkRow untestable(String tenantId, String from, String to) {
    return new LinkRow(tenantId, from, to, "month", true, null, null, null, 0, Verdict.INSUFFICIENT_DATA, null, null,
        0, 0, List.of(), null);
  }

  private static LinkRow strongest(List<LinkRow> judged) {
    for (Verdict v : List.of(Verdict.SUPPORTED, Verdict.CONTRADICTED)) {
      Optional<LinkRow> found = judged.stream().filter(r -> r.verdict() == v)
          .max(Comparator.comparingDouble(r -> v == Verdict.SUPPORTED ? r.correlation() : -r.correlation()));
      if (found.isPresent()) {
        return found.get();
      }
    }
    return judged.stream().filter(r -> r.verdict() == Verdict.WEAK)
        .max(Comparator.comparingDouble(r -> Math.abs(r.correlation())))
        .orElseGet(() -> judged.stream().max(Comparator.comparingLong(LinkRow::n)).orElseThrow());
  }

  private static LinkRow row(Tested t, LinkTest.Result r) {
    Candidate c = t.candidate();
    return new LinkRow(c.tenantId(), c.fromId(), c.toId(), c.grain().id(), c.configured(), r.lag(), r.correlation(),
        r.pValue(), r.n(), r.verdict(), c.causeKpi(), c.effectKpi(), r.locations(), r.periods(), r.byLag(),
        t.throughPeriod());
  }

  private static <K> Map<K, List<Tested>> group(List<Tested> pairs, Function<Tested, K> key) {
    Map<K, List<Tested>> groups = new LinkedHashMap<>();
    pairs.forEach(t -> groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t));
    return groups;
  }
}
