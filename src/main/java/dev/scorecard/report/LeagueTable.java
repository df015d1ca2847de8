package dev.scorecard.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The location league table of an org or region page: one plain row per location (no chart, so
 * 2,000 rows stay light), sortable by clicking a header; the page's script sorts on each cell's
 * {@code data-v}. Rank is by score among the locations listed; rank in region and percentile are
 * {@code scorecard}'s own (among a location's peers, the locations of its region).
 */
final class LeagueTable {
  private LeagueTable() {}

  static String render(List<NodeScore> locations, List<NodeScore> regions) {
    Map<String, String> regionNames = regions.stream().collect(Collectors.toMap(NodeScore::id, NodeScore::name, (a, b) -> a));
    List<NodeScore> ranked = locations.stream().sorted(Comparator.comparing((NodeScore n) -> n.score() == null)
        .thenComparing(n -> n.score() == null ? 0 : -n.score()).thenComparing(NodeScore::id)).toList();
    StringBuilder html = new StringBuilder("<div class=\"league-wrap\"><table class=\"league sortable\"><thead><tr>")
        .append(header("Rank", "num")).append(header("Location", "text")).append(header("Region", "text"))
        .append(header("Score", "num")).append(header("Status", "num").replace("class=\"num ", "class=\"")).append(header("Rank in region", "num"))
        .append(header("Percentile", "num")).append(header("Change", "num")).append("</tr></thead><tbody>");
    for (int i = 0; i < ranked.size(); i++) {
      NodeScore n = ranked.get(i);
      String region = regionNames.getOrDefault(n.regionId(), n.regionId());
      html.append("<tr>").append(cell(String.valueOf(i + 1), String.valueOf(i + 1), "num"))
          .append("<td data-v=\"").append(Html.esc(n.name())).append("\"><a href=\"").append(Html.esc(PageFiles.of(n)))
          .append("\">").append(Html.esc(n.name())).append("</a></td>")
          .append(cell(region, region, ""))
          .append(cell(Numbers.score(n.score()), sortValue(n.score()), "num"))
          .append("<td data-v=\"").append(statusOrder(n.status())).append("\">").append(Html.chip(n.status())).append("</td>")
          .append(cell(n.rank() == null ? Numbers.NONE : n.rank() + " of " + n.peerCount(), sortValue(n.rank() == null ? null : n.rank().doubleValue()), "num"))
          .append(cell(Numbers.score(n.percentile()), sortValue(n.percentile()), "num"))
          .append(cell(Numbers.points(n.change()), sortValue(n.change()), "num")).append("</tr>");
    }
    return html.append("</tbody></table></div>").toString();
  }

  private static String header(String label, String type) {
    return "<th data-sort=\"" + type + "\" class=\"" + ("num".equals(type) ? "num " : "") + "sortable-header\" tabindex=\"0\">"
        + Html.esc(label) + "</th>";
  }

  private static String cell(String text, String sortValue, String cls) {
    return "<td" + (cls.isEmpty() ? "" : " class=\"" + cls + "\"") + " data-v=\"" + Html.esc(sortValue) + "\">"
        + Html.esc(text) + "</td>";
  }

  private static String sortValue(Double d) {
    return d == null ? "" : Json.number(d);
  }

  /** Green first when sorted ascending. */
  static int statusOrder(String status) {
    return List.of("green", "amber", "red", "no_target", "no_data").indexOf(status == null ? "no_data" : status);
  }

}
