package dev.scorecard.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The open alerts of a page's node and the nodes below it, most severe first. */
final class AlertList {
  private AlertList() {}

  static String render(Optional<List<OpenAlert>> alerts) {
    if (alerts.isEmpty()) {
      return "<p class=\"muted\">No alerts table in this warehouse yet (the alerts stage has not run).</p>";
    }
    if (alerts.get().isEmpty()) {
      return "<p class=\"muted\">No open alerts.</p>";
    }
    StringBuilder html = new StringBuilder("<table class=\"alerts\"><thead><tr><th>Severity</th><th>Kind</th><th>Node</th>"
        + "<th>Message</th></tr></thead><tbody>");
    alerts.get().stream().sorted(Comparator.comparingInt((OpenAlert a) -> severity(a.severity())).thenComparing(OpenAlert::nodeId,
        Comparator.nullsFirst(Comparator.naturalOrder()))).forEach(a ->
        html.append("<tr><td><span class=\"chip severity-").append(Html.esc(a.severity())).append("\">")
            .append(Html.esc(a.severity())).append("</span></td><td>").append(Html.esc(a.kind().replace('_', ' ')))
            .append("</td><td>").append(Html.esc(a.nodeLevel())).append(' ').append(Html.esc(a.nodeId()))
            .append("</td><td class=\"message\">").append(Html.esc(a.message())).append("</td></tr>"));
    return html.append("</tbody></table>").toString();
  }

  private static int severity(String s) {
    return switch (s == null ? "" : s) {
      case "critical" -> 0;
      case "warning" -> 1;
      default -> 2;
    };
  }
}
