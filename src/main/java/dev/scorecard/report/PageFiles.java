package dev.scorecard.report;

/**
 * The file name of each node's page: {@code index.html} for the org, {@code region-<id>.html},
 * {@code location-<id>.html}; ids are reduced to safe characters so any id makes a valid name.
 */
public final class PageFiles {
  public static final String ORG = "index.html";
  public static final String ECHARTS = "echarts.min.js";

  private PageFiles() {}

  public static String of(NodeScore node) {
    return node.isOrg() ? ORG : node.level() + "-" + node.id().replaceAll("[^A-Za-z0-9_.-]", "_") + ".html";
  }
}
