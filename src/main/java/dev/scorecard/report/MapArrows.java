package dev.scorecard.report;

import dev.scorecard.config.LinkSpec;
import dev.scorecard.report.StrategyMapSvg.Box;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The arrows of the strategy map: each configured link from box edge to box edge, a gentle curve
 * so arrows between the same rows do not overlap, coloured and labelled by its verdict; links the
 * data suggests (configured false) dashed. An arrow that skips a row would cross the boxes between:
 * it runs up (or down) a gutter right of the boxes instead, one lane per arrow.
 */
final class MapArrows {
  static final String NOT_TESTED = "not tested";
  /** Room right of the gutter's first lane for the lanes and their labels. */
  static final int GUTTER_ROOM = 230;
  private static final int LANE = 14;

  private MapArrows() {}

  static String markers() {
    StringBuilder defs = new StringBuilder("<defs>");
    for (String v : List.of("supported", "weak", "contradicted", "insufficient_data", "not_tested", "suggested")) {
      defs.append("<marker id=\"arrow-").append(v).append("\" class=\"arrowhead verdict-").append(v)
          .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
              + "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker>");
    }
    return defs.append("</defs>").toString();
  }

  static String render(List<LinkSpec> links, Map<String, Box> boxes, Optional<List<LinkVerdict>> verdicts,
      double gutter) {
    StringBuilder svg = new StringBuilder();
    int[] lanes = {0};
    for (LinkSpec link : links) {
      Optional<LinkVerdict> v = verdicts.flatMap(all -> all.stream()
          .filter(x -> x.configured() && x.from().equals(link.from()) && x.to().equals(link.to())).findFirst());
      String verdict = v.map(LinkVerdict::verdict).orElse(NOT_TESTED);
      String label = verdicts.isPresent() ? label(verdict, v) : "";
      arrow(svg, boxes.get(link.from()), boxes.get(link.to()), verdict.replace(' ', '_'), label, false, gutter, lanes);
    }
    verdicts.orElse(List.of()).stream().filter(x -> !x.configured()).forEach(x ->
        arrow(svg, boxes.get(x.from()), boxes.get(x.to()), "suggested", "suggested " + label(x.verdict(), Optional.of(x)),
            true, gutter, lanes));
    return svg.toString();
  }

  static String label(String verdict, Optional<LinkVerdict> v) {
    String text = verdict.replace('_', ' ');
    return v.filter(x -> x.correlation() != null)
        .map(x -> text + String.format(Locale.ROOT, " · r %.2f", x.correlation())
            + (x.lagPeriods() != null && x.lagPeriods() > 0 ? ", lag " + x.lagPeriods() : ""))
        .orElse(text);
  }

  private static void arrow(StringBuilder svg, Box from, Box to, String cls, String label, boolean dashed,
      double gutter, int[] lanes) {
    if (from == null || to == null) {
      return;
    }
    if (Math.abs(to.cy() - from.cy()) > 1.5 * StrategyMapSvg.ROW) {
      around(svg, from, to, cls, label, dashed, gutter + LANE * lanes[0]++);
      return;
    }
    double[] a = edge(from, to.cx(), to.cy());
    double[] b = edge(to, from.cx(), from.cy());
    double mx = (a[0] + b[0]) / 2;
    double my = (a[1] + b[1]) / 2;
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double len = Math.max(Math.hypot(dx, dy), 1);
    double bend = Math.min(30, len / 5);
    double cx = mx - dy / len * bend;
    double cy = my + dx / len * bend;
    double lx = (a[0] + 2 * cx + b[0]) / 4;
    double ly = (a[1] + 2 * cy + b[1]) / 4;
    svg.append(String.format(Locale.ROOT, "<g class=\"link verdict-%s%s\" data-link=\"%s>%s\"><title>%s → %s: %s</title>"
            + "<path d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\" marker-end=\"url(#arrow-%s)\"/>",
        cls, dashed ? " dashed" : "", Html.esc(from.objective().id()), Html.esc(to.objective().id()),
        Html.esc(from.objective().name()), Html.esc(to.objective().name()), Html.esc(label.isEmpty() ? NOT_TESTED : label), a[0], a[1], cx, cy, b[0], b[1], cls));
    if (label.isEmpty()) {
      svg.append("</g>");
      return;
    }
    double w = label.length() * 6.2 + 12;
    svg.append(String.format(Locale.ROOT, "<rect class=\"link-label-bg\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"17\" rx=\"8\"/>"
        + "<text class=\"link-label\" x=\"%.1f\" y=\"%.1f\">%s</text></g>", lx - w / 2, ly - 9, w, lx, ly + 4, Html.esc(label)));
  }

  /**
   * Out of one box's top (bottom, going down) into the space above it, right to the gutter lane at
   * {@code x}, along it to the space below (above) the other box, and into that box: a path that
   * crosses no box, since boxes sit in the middle of their rows.
   */
  private static void around(StringBuilder svg, Box from, Box to, String cls, String label, boolean dashed, double x) {
    double up = to.cy() < from.cy() ? 1 : -1;
    double half = StrategyMapSvg.BOX_H / 2.0;
    double leave = from.cy() - up * (half + 2);
    double clear = from.cy() - up * (half + 16);
    double arrive = to.cy() + up * (half + 16);
    double enter = to.cy() + up * (half + 2);
    svg.append(String.format(Locale.ROOT, "<g class=\"link verdict-%s%s\" data-link=\"%s>%s\"><title>%s → %s: %s</title>"
            + "<path d=\"M%.1f,%.1f L%.1f,%.1f L%.1f,%.1f L%.1f,%.1f L%.1f,%.1f L%.1f,%.1f\" stroke-linejoin=\"round\" "
            + "marker-end=\"url(#arrow-%s)\"/>",
        cls, dashed ? " dashed" : "", Html.esc(from.objective().id()), Html.esc(to.objective().id()),
        Html.esc(from.objective().name()), Html.esc(to.objective().name()), Html.esc(label.isEmpty() ? NOT_TESTED : label),
        from.cx(), leave, from.cx(), clear, x, clear, x, arrive, to.cx(), arrive, to.cx(), enter, cls));
    if (label.isEmpty()) {
      svg.append("</g>");
      return;
    }
    double w = label.length() * 6.2 + 12;
    double y = (clear + arrive) / 2;
    svg.append(String.format(Locale.ROOT, "<rect class=\"link-label-bg\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"17\" rx=\"8\"/>"
        + "<text class=\"link-label\" x=\"%.1f\" y=\"%.1f\">%s</text></g>", x + 6, y - 9, w, x + 6 + w / 2, y + 4,
        Html.esc(label)));
  }

  /** Where the line from a box's centre towards (x, y) leaves the box. */
  static double[] edge(Box box, double x, double y) {
    double dx = x - box.cx();
    double dy = y - box.cy();
    double hw = StrategyMapSvg.BOX_W / 2.0 + 2;
    double hh = StrategyMapSvg.BOX_H / 2.0 + 2;
    double t = Math.min(dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy));
    return new double[] {box.cx() + dx * Math.min(t, 1), box.cy() + dy * Math.min(t, 1)};
  }
}
