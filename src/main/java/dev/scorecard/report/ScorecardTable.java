package dev.scorecard.report;

import dev.scorecard.config.ObjectiveSpec;
import dev.scorecard.config.PerspectiveSpec;
import dev.scorecard.config.TenantConfig;
import java.util.List;
import java.util.Map;

/**
 * The scorecard table of one node: perspective, objective and KPI rows with value, target, score,
 * status, change against the month before and each KPI's part of the node's score change.
 */
final class ScorecardTable {
  private ScorecardTable() {}

  static String render(TenantConfig config, List<KpiLine> lines, Map<String, ObjectiveStatus> objectives) {
    StringBuilder html = new StringBuilder("<table class=\"scorecard\"><thead><tr><th>Perspective / objective / KPI</th>"
        + "<th class=\"num\">Value</th><th class=\"num\">Target</th><th class=\"num\">Score</th><th>Status</th>"
        + "<th class=\"num\">Change vs prior month</th><th class=\"num\">Score points moved</th></tr></thead><tbody>");
    for (PerspectiveSpec p : config.perspectives().values()) {
      html.append("<tr class=\"perspective-row\"><th colspan=\"7\">").append(Html.esc(p.name())).append("</th></tr>");
      for (ObjectiveSpec o : StrategyMapSvg.objectivesOf(config, p.id())) {
        ObjectiveStatus s = objectives.get(o.id());
        html.append("<tr class=\"objective-row\"><td>").append(Html.esc(o.name())).append("</td><td></td><td></td>")
            .append("<td class=\"num\">").append(Numbers.score(s == null ? null : s.score())).append("</td><td>")
            .append(Html.chip(s == null ? null : s.status())).append("</td><td></td><td></td></tr>");
        lines.stream().filter(l -> o.id().equals(l.objectiveId())).forEach(l -> kpi(html, l));
      }
    }
    return html.append("</tbody></table>").toString();
  }

  private static void kpi(StringBuilder html, KpiLine l) {
    html.append("<tr class=\"kpi-row\" data-kpi=\"").append(Html.esc(l.kpiId())).append("\"><td><a href=\"#trend-")
        .append(Html.esc(l.kpiId())).append("\">").append(Html.esc(l.name())).append("</a>")
        .append(l.provisional() ? " <span class=\"provisional-tag\">provisional</span>" : "").append("</td>")
        .append(num(Numbers.value(l.value(), l.unit()))).append(num(Numbers.value(l.target(), l.unit())))
        .append(num(Numbers.score(l.score()))).append("<td>").append(Html.chip(l.status())).append("</td>")
        .append(num(Numbers.percentChange(l.changePct()))).append(num(Numbers.points(l.contribution())))
        .append("</tr>");
  }

  private static String num(String text) {
    return "<td class=\"num\">" + Html.esc(text) + "</td>";
  }
}
