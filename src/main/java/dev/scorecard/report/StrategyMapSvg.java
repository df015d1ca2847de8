package dev.scorecard.report;

import dev.scorecard.config.ObjectiveSpec;
import dev.scorecard.config.PerspectiveSpec;
import dev.scorecard.config.TenantConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The strategy map as inline SVG: perspectives as rows in config order, objectives as boxes
 * coloured by the node's status, the config's links as arrows marked with their verdict from
 * {@code strategy_links} ("not tested" without it), and the data's suggested links dashed. SVG,
 * not a chart, because it is static, prints sharp and needs no script.
 */
final class StrategyMapSvg {
  static final int LABEL = 170;
  static final int BOX_W = 214;
  static final int BOX_H = 54;
  static final int GAP = 40;
  /** The map's width: boxes spread over it, so arrows between rows pass between boxes. */
  static final int WIDTH = 1150;
  static final int ROW = 120;

  private StrategyMapSvg() {}

  /** A box's place, its centre. */
  record Box(ObjectiveSpec objective, double cx, double cy) {}

  static String render(TenantConfig config, Map<String, ObjectiveStatus> statuses, Optional<List<LinkVerdict>> links) {
    Map<String, Box> boxes = layout(config);
    int perRow = config.perspectives().keySet().stream().mapToInt(p -> objectivesOf(config, p).size()).max().orElse(1);
    int width = Math.max(WIDTH, LABEL + Math.max(perRow, 1) * (BOX_W + GAP) + GAP);
    // Arrows that skip a row go round the boxes, through a gutter right of the rightmost box.
    double gutter = boxes.values().stream().mapToDouble(Box::cx).max().orElse(0) + BOX_W / 2.0 + 36;
    width = Math.max(width, (int) gutter + MapArrows.GUTTER_ROOM);
    int height = config.perspectives().size() * ROW + 10;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg class=\"strategy-map\" viewBox=\"0 0 %d %d\" width=\"%d\" "
        + "role=\"img\" aria-label=\"Strategy map\" xmlns=\"http://www.w3.org/2000/svg\">", width, height, width));
    svg.append(MapArrows.markers());
    rows(svg, config, width);
    svg.append(MapArrows.render(config.links(), withKpis(config, boxes), links, gutter));
    boxes.values().forEach(b -> box(svg, b, statuses.get(b.objective().id())));
    return svg.append("</svg>").toString();
  }

  /**
   * The boxes by objective id and by KPI id (a KPI's box is its objective's), so an arrow from or to
   * a KPI, such as a suggestion the data makes, is drawn between the objectives that hold them.
   */
  static Map<String, Box> withKpis(TenantConfig config, Map<String, Box> boxes) {
    Map<String, Box> all = new LinkedHashMap<>(boxes);
    config.kpis().values().forEach(k -> {
      if (boxes.containsKey(k.objective())) {
        all.putIfAbsent(k.id(), boxes.get(k.objective()));
      }
    });
    return all;
  }

  static Map<String, Box> layout(TenantConfig config) {
    Map<String, Box> boxes = new LinkedHashMap<>();
    int row = 0;
    for (String perspective : config.perspectives().keySet()) {
      List<ObjectiveSpec> objectives = objectivesOf(config, perspective);
      double slot = Math.max(BOX_W + GAP, (WIDTH - LABEL - GAP) / (double) Math.max(objectives.size(), 1));
      for (int i = 0; i < objectives.size(); i++) {
        double cx = LABEL + GAP / 2.0 + (i + 0.5) * slot;
        boxes.put(objectives.get(i).id(), new Box(objectives.get(i), cx, row * ROW + ROW / 2.0 + 5));
      }
      row++;
    }
    return boxes;
  }

  static List<ObjectiveSpec> objectivesOf(TenantConfig config, String perspective) {
    return new ArrayList<>(config.objectives().values().stream().filter(o -> perspective.equals(o.perspective())).toList());
  }

  private static void rows(StringBuilder svg, TenantConfig config, int width) {
    int row = 0;
    for (PerspectiveSpec p : config.perspectives().values()) {
      int y = row * ROW + 5;
      svg.append(String.format(Locale.ROOT, "<rect class=\"map-row%s\" x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\"/>",
          row % 2 == 0 ? "" : " alt", y, width, ROW - 6));
      svg.append(String.format(Locale.ROOT, "<text class=\"map-perspective\" x=\"14\" y=\"%d\">%s</text>",
          y + ROW / 2, Html.esc(p.name())));
      row++;
    }
  }

  private static void box(StringBuilder svg, Box b, ObjectiveStatus status) {
    String s = status == null || status.status() == null ? "no_data" : status.status();
    double x = b.cx() - BOX_W / 2.0;
    double y = b.cy() - BOX_H / 2.0;
    svg.append(String.format(Locale.ROOT, "<g class=\"objective status-%s\" data-objective=\"%s\">"
            + "<title>%s: %s</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"8\"/>",
        Html.esc(s), Html.esc(b.objective().id()), Html.esc(b.objective().name()), Html.esc(Numbers.statusLabel(s)),
        x, y, BOX_W, BOX_H));
    svg.append(String.format(Locale.ROOT, "<text class=\"objective-name\" x=\"%.1f\" y=\"%.1f\">%s</text>",
        b.cx(), b.cy() - 4, Html.esc(shorten(b.objective().name(), 30))));
    svg.append(String.format(Locale.ROOT, "<text class=\"objective-score\" x=\"%.1f\" y=\"%.1f\">%s</text></g>",
        b.cx(), b.cy() + 15, status == null || status.score() == null ? Html.esc(Numbers.statusLabel(s))
            : "score " + Numbers.score(status.score())));
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
