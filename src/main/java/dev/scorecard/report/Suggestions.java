package dev.scorecard.report;

import dev.scorecard.config.KpiSpec;
import dev.scorecard.config.ObjectiveSpec;
import java.util.List;
import java.util.Optional;

/**
 * The line under the strategy map: what an arrow's verdict means, whether the links were tested
 * at all, and the links the data suggests that the strategy does not have.
 */
final class Suggestions {
  private Suggestions() {}

  static String render(ReportData data) {
    StringBuilder html = new StringBuilder("<div class=\"map-legend\">");
    for (String v : List.of("supported", "weak", "contradicted", "insufficient_data", "not_tested")) {
      html.append("<span class=\"verdict verdict-").append(v).append("\"><i></i>").append(v.replace('_', ' ')).append("</span>");
    }
    html.append("</div>");
    if (data.links().isEmpty()) {
      return html.append("<p class=\"muted\">The links have not been tested yet (no <code>strategy_links</code> table "
          + "in this warehouse): every arrow is \"not tested\".</p>").toString();
    }
    List<LinkVerdict> suggested = data.links().get().stream().filter(l -> !l.configured()).toList();
    if (!suggested.isEmpty()) {
      html.append("<p class=\"suggested\"><strong>Suggested by the data</strong> (dashed, not in the strategy): ");
      html.append(String.join("; ", suggested.stream().map(l -> Html.esc(name(data, l.from()) + " → " + name(data, l.to()))
          + " (" + Html.esc(MapArrows.label(l.verdict(), Optional.of(l))) + ")").toList()));
      html.append("</p>");
    }
    return html.toString();
  }

  /** An objective's or a KPI's name (a suggestion joins two KPIs). */
  private static String name(ReportData data, String id) {
    ObjectiveSpec o = data.config().objectives().get(id);
    KpiSpec k = data.config().kpis().get(id);
    return o != null ? o.name() : k != null ? k.name() : id;
  }
}
