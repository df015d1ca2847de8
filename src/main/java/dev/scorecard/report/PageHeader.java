package dev.scorecard.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The top of a page: breadcrumb (drill back up), node and tenant name, the period shown, the
 * overall score and status, rank among peers, and each source's freshness and quarantined rows.
 */
final class PageHeader {
  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private PageHeader() {}

  static String render(ReportData data, NodeScore node) {
    StringBuilder html = new StringBuilder("<header class=\"page-header\">");
    html.append("<nav class=\"crumbs\">").append(crumbs(data, node)).append("</nav>");
    html.append("<div class=\"headline\"><div><p class=\"eyebrow\">").append(Html.esc(levelLabel(node)))
        .append(" scorecard · ").append(Html.esc(data.config().name())).append("</p><h1>").append(Html.esc(node.name()))
        .append("</h1><p class=\"period\">").append(Html.esc(month(data.period())))
        .append(node.provisional() ? " <span class=\"provisional-tag\">provisional</span>" : "").append("</p></div>");
    html.append("<div class=\"overall status-").append(Html.esc(status(node.status()))).append("\"><span class=\"overall-score\" id=\"overall-score\">")
        .append(Numbers.score(node.score())).append("</span><span class=\"overall-label\">overall score</span>")
        .append(Html.chip(node.status())).append("</div>");
    html.append("<dl class=\"facts\"><div><dt>Rank among peers</dt><dd>").append(rank(node)).append("</dd></div>")
        .append("<div><dt>Percentile</dt><dd>").append(Numbers.score(node.percentile())).append("</dd></div>")
        .append("<div><dt>Change vs prior month</dt><dd>").append(Numbers.points(node.change())).append(" pts</dd></div></dl>");
    return html.append("</div></header>").toString();
  }

  /** Data freshness per source: latest ingest, latest day of data, rows quarantined. */
  static String freshness(List<SourceHealth> sources) {
    if (sources.isEmpty()) {
      return "<p class=\"muted\">No ingest audit rows for this tenant.</p>";
    }
    StringBuilder html = new StringBuilder("<table class=\"freshness\"><thead><tr><th>Source</th><th>Latest ingest (UTC)</th>"
        + "<th>Latest day of data</th><th class=\"num\">Files</th><th class=\"num\">Rows quarantined</th></tr></thead><tbody>");
    for (SourceHealth s : sources) {
      html.append("<tr><td>").append(Html.esc(s.source())).append("</td><td>")
          .append(s.latestIngest() == null ? Numbers.NONE : s.latestIngest().format(STAMP)).append("</td><td>")
          .append(s.latestDay() == null ? Numbers.NONE : s.latestDay().toString()).append("</td><td class=\"num\">")
          .append(s.files()).append("</td><td class=\"num").append(s.rowsQuarantined() > 0 ? " warn" : "").append("\">")
          .append(Numbers.fixed(s.rowsQuarantined(), 0)).append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  static String month(LocalDate period) {
    return period.format(MONTH);
  }

  private static String crumbs(ReportData data, NodeScore node) {
    StringBuilder html = new StringBuilder();
    Optional<NodeScore> up = data.parent(node);
    if (up.isPresent()) {
      data.parent(up.get()).ifPresent(top -> html.append(link(top)).append(" › "));
      html.append(link(up.get())).append(" › ");
    }
    return html.append("<span>").append(Html.esc(node.name())).append("</span>").toString();
  }

  static String link(NodeScore node) {
    return "<a href=\"" + Html.esc(PageFiles.of(node)) + "\">" + Html.esc(node.name()) + "</a>";
  }

  private static String rank(NodeScore node) {
    if (node.isOrg()) {
      return Numbers.NONE + " <span class=\"muted\">the whole group</span>";
    }
    if (node.rank() == null) {
      return Numbers.NONE;
    }
    String peers = node.isLocation() ? "locations in its region" : node.isOrg() ? "org" : "regions";
    return node.rank() + " of " + node.peerCount() + " <span class=\"muted\">" + peers + "</span>";
  }

  private static String levelLabel(NodeScore node) {
    return node.isOrg() ? "Organisation" : node.isLocation() ? "Location" : "Region";
  }

  private static String status(String s) {
    return s == null ? "no_data" : s;
  }
}
