package dev.scorecard.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The few largest parts of a node's score change since the month before, from {@code score_changes}. */
final class Contributors {
  private Contributors() {}

  static String render(List<Contribution> all, Map<String, KpiInfo> kpis, NodeScore node, int shown) {
    if (all.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<div class=\"movers\"><h3>What moved the score: ")
        .append(Numbers.points(node.change())).append(" pts</h3><ol>");
    all.stream().filter(c -> Math.abs(c.points()) >= 0.05)
        .sorted(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.points()))).limit(shown).forEach(c -> {
      KpiInfo k = kpis.get(c.contributor());
      String name = k != null ? k.name() : "renormalisation".equals(c.contributor())
          ? "KPIs that gained or lost a score (renormalisation)" : c.contributor();
      html.append("<li class=\"").append(c.points() >= 0 ? "up" : "down").append("\"><span class=\"pts\">")
          .append(Numbers.points(c.points())).append("</span> ").append(Html.esc(name)).append("</li>");
    });
    return html.append("</ol></div>").toString();
  }
}
