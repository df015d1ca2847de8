package dev.scorecard.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One node's page: header, status legend, strategy map, what moved the score, the scorecard
 * table, the nodes below (drill-down), the location league table, KPI trends, open alerts and data
 * freshness. The first inline script records JavaScript errors on the page (a browser check reads
 * them); the last one draws the charts and says how many it drew.
 */
public final class NodePage {
  static final int CONTRIBUTORS = 5;

  private NodePage() {}

  public static String render(ReportData data, NodeScore node) {
    String key = ReportData.key(node);
    Map<String, ObjectiveStatus> objectives = data.objectives().getOrDefault(key, Map.of());
    List<KpiTrend> trends = data.trends().getOrDefault(key, List.of());
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(Html.esc(node.name() + " · " + PageHeader.month(data.period()) + " · Scorecard")).append("</title>")
        .append("<script>").append(Assets.text("/report/errors.js")).append("</script>")
        .append("<style>").append(Assets.text("/report/report.css")).append("</style></head><body><main>");
    html.append(PageHeader.render(data, node)).append(legend());
    html.append(section("strategy-map", "Strategy map", "Objectives coloured by status; arrows are the cause-and-effect "
        + "links of the strategy, marked with what the data says about them.",
        "<div class=\"map-scroll\">" + StrategyMapSvg.render(data.config(), objectives, data.links()) + "</div>"
            + Suggestions.render(data)));
    html.append(section("scorecard", "Scorecard", "Value, target and score of each KPI this month; change against "
        + "the month before and the score points each KPI moved.",
        Contributors.render(data.contributions().getOrDefault(key, List.of()), data.kpis(), node, CONTRIBUTORS)
            + ScorecardTable.render(data.config(), data.kpiLines().getOrDefault(key, List.of()), objectives)));
    List<NodeScore> children = data.children(node);
    if (!children.isEmpty()) {
      html.append(section("drill-down", node.isOrg() ? "Regions" : "Locations", "Open a page for details.", drillDown(children)));
    }
    if (!node.isLocation()) {
      html.append(section("league", "Location league table", "Click a column header to sort.",
          LeagueTable.render(data.locationsUnder(node), data.level(NodeScore.REGION))));
    }
    html.append(section("trends", "Trends against target", "Monthly values (solid), the open month (hollow, dashed: "
        + "provisional), the target (grey dashed) and the forecast with its 80% and 95% bands.",
        TrendCharts.containers(trends, data.kpis())));
    html.append(section("alerts", "Open alerts", "", AlertList.render(data.alerts().map(a -> alertsOf(data, node, a)))));
    html.append(section("freshness", "Data freshness", "Latest ingest and data per source, and rows set aside in quarantine.",
        PageHeader.freshness(data.sources())));
    html.append("<footer>Scorecard of ").append(Html.esc(data.config().name())).append(", ")
        .append(Html.esc(PageHeader.month(data.period()))).append(". Every number comes from the curated tables "
            + "(<code>scorecard</code>, <code>kpi_scores</code>, <code>forecasts</code>, …) and matches <code>scorecard sql</code>.</footer>");
    html.append("</main><script src=\"").append(PageFiles.ECHARTS).append("\"></script>")
        .append("<script type=\"application/json\" id=\"chart-data\">").append(TrendCharts.data(trends, data.kpis(), data.period()))
        .append("</script><script>").append(Assets.text("/report/report.js")).append("</script></body></html>");
    return html.toString();
  }

  private static String section(String id, String title, String intro, String body) {
    return "<section id=\"" + id + "\"><h2>" + Html.esc(title) + "</h2>" + (intro.isEmpty() ? "" : "<p class=\"intro\">"
        + Html.esc(intro) + "</p>") + body + "</section>";
  }

  static String legend() {
    return "<div class=\"legend\" aria-label=\"Status colours\">" + String.join("", List.of("green", "amber", "red", "no_data")
        .stream().map(Html::chip).toList()) + "<span class=\"legend-note\">On track ≥ 90 · at risk ≥ 70 · off track below</span></div>";
  }

  private static String drillDown(List<NodeScore> children) {
    return "<ul class=\"cards\">" + children.stream().sorted(Comparator.comparing(NodeScore::name))
        .map(c -> "<li class=\"card status-" + Html.esc(c.status() == null ? "no_data" : c.status()) + "\"><a href=\""
            + Html.esc(PageFiles.of(c)) + "\"><span class=\"card-name\">" + Html.esc(c.name()) + "</span><span class=\"card-score\">"
            + Numbers.score(c.score()) + "</span>" + Html.chip(c.status()) + "</a></li>")
        .collect(Collectors.joining()) + "</ul>";
  }

  /** The alerts of a node and the nodes below it. */
  static List<OpenAlert> alertsOf(ReportData data, NodeScore node, List<OpenAlert> all) {
    if (node.isOrg()) {
      return all;
    }
    List<String> ids = node.isLocation() ? List.of(node.id())
        : Stream.concat(Stream.of(node.id()), data.children(node).stream().map(NodeScore::id)).toList();
    return all.stream().filter(a -> ids.contains(a.nodeId()) && !NodeScore.ORG.equals(a.nodeLevel())).toList();
  }

}
