package dev.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.testing.TenantFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A node's page rendered from hand-made records, without Spark: the values a reader sees. */
class ReportPageTest {
  static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
  static TenantConfig config;

  @BeforeAll
  static void load() throws IOException {
    config = TenantFixture.load(Files.createTempDirectory("report-conf"), "tiny", TenantFixture.resource("/tiny/tiny.yaml"));
  }

  static NodeScore org = new NodeScore("org", "tiny", "Tiny Group", null, 73.4, "amber", 1, 1, 100.0, 2.25, false);
  static NodeScore r1 = new NodeScore("region", "r1", "Region one", "r1", 91.0, "green", 1, 2, 100.0, null, false);
  static NodeScore l1 = new NodeScore("location", "l1", "Loc <one>", "r1", 55.55, "red", 2, 2, 0.0, -4.0, false);
  static NodeScore l2 = new NodeScore("location", "l2", "Loc two", "r1", 96.0, "green", 1, 2, 100.0, 1.0, false);

  static ReportData data(Optional<List<LinkVerdict>> links, Optional<List<OpenAlert>> alerts) {
    Map<String, KpiInfo> kpis = Map.of(
        "revenue", new KpiInfo("revenue", "Revenue", "grow", "financial", "EUR", "higher_is_better"),
        "margin", new KpiInfo("margin", "Gross margin", "margin", "financial", "%", "higher_is_better"));
    List<KpiLine> lines = List.of(
        new KpiLine("revenue", "Revenue", "grow", "financial", "EUR", 1234.5, 2000.0, 61.7, "red", -3.25, false, -1.5),
        new KpiLine("margin", "Gross margin", "margin", "financial", "%", 61.25, 50.0, 100.0, "green", 2.0, true, 0.75));
    KpiTrend revenue = new KpiTrend("revenue",
        List.of(new TrendPoint(MARCH.minusMonths(1), 1100.0, 2000.0, false), new TrendPoint(MARCH, 1234.5, 2000.0, false),
            new TrendPoint(MARCH.plusMonths(1), 300.0, 600.0, true)),
        List.of(new ForecastPoint(MARCH.plusMonths(1), 1300.0, 1200.0, 1400.0, 1100.0, 1500.0, 2000.0)));
    return new ReportData(config, MARCH, List.of(org, r1, l1, l2), kpis, Map.of("org:tiny", lines),
        Map.of("org:tiny", Map.of("grow", new ObjectiveStatus("grow", 61.7, "red"), "reach", new ObjectiveStatus("reach", 95.0, "green"))),
        Map.of("org:tiny", List.of(revenue, new KpiTrend("margin", List.of(), List.of()))),
        Map.of("org:tiny", List.of(new Contribution("revenue", -1.5), new Contribution("renormalisation", 3.75))),
        links, List.of(new SourceHealth("sales", java.time.LocalDateTime.of(2025, 4, 30, 6, 5), LocalDate.of(2025, 4, 29), 7, 3)),
        alerts);
  }

  static String page(NodeScore node) {
    return NodePage.render(data(Optional.empty(), Optional.empty()), node);
  }

  @Test
  void headerShowsScoreStatusRankPeriodAndFreshness() {
    String html = page(org);
    assertThat(html).contains("id=\"overall-score\">73.4<", "class=\"overall status-amber\"", "March 2025",
        "<span class=\"chip status-amber\">At risk</span>", "+2.3 pts", "the whole group",
        "<td>sales</td><td>2025-04-30 06:05</td><td>2025-04-29</td>", "<td class=\"num warn\">7</td>");
  }

  @Test
  void scorecardRowsCarryValuesInTheirUnitsAndTheScoreMoves() {
    String html = page(org);
    assertThat(html).contains("<td class=\"num\">€1,235</td><td class=\"num\">€2,000</td><td class=\"num\">61.7</td>",
        "<td class=\"num\">61.3%</td>", "<td class=\"num\">−3.3%</td>", "<td class=\"num\">−1.5</td>",
        "Gross margin</a> <span class=\"provisional-tag\">provisional</span>",
        "<span class=\"pts\">+3.8</span> KPIs that gained or lost a score (renormalisation)");
    assertThat(html.indexOf("renormalisation)")).as("largest move first").isLessThan(html.indexOf("<span class=\"pts\">−1.5"));
  }

  @Test
  void drillDownLinksGoDownAndBackUp() {
    assertThat(page(org)).contains("href=\"region-r1.html\"", "href=\"location-l1.html\"", "href=\"location-l2.html\"");
    assertThat(page(r1)).contains("href=\"index.html\">Tiny Group</a>", "href=\"location-l1.html\"")
        .doesNotContain("href=\"location-l3.html\"");
    assertThat(page(l1)).contains("<a href=\"index.html\">Tiny Group</a> › <a href=\"region-r1.html\">Region one</a> › "
        + "<span>Loc &lt;one&gt;</span>").doesNotContain("<table class=\"league");
  }

  @Test
  void leagueTableIsSortableRankedByScoreAndEscaped() {
    String html = page(org);
    assertThat(html).contains("<table class=\"league sortable\">", "data-sort=\"num\"", "function sortTable",
        "position: sticky", "<td class=\"num\" data-v=\"96\">96.0</td>", ">Loc &lt;one&gt;</a>", "2 of 2")
        .doesNotContain("Loc <one>");
    assertThat(html.indexOf("location-l2.html")).as("the best location ranks first").isLessThan(html.indexOf("location-l1.html\">Loc"));
  }

  @Test
  void strategyMapColoursObjectivesAndMarksUntestedLinks() {
    String html = page(org);
    assertThat(html).contains("<g class=\"objective status-red\" data-objective=\"grow\">",
        "<g class=\"objective status-green\" data-objective=\"reach\">", "<g class=\"objective status-no_data\" data-objective=\"margin\">",
        "<g class=\"link verdict-not_tested\" data-link=\"reach>grow\">", "no <code>strategy_links</code> table");
  }

  @Test
  void strategyMapMarksVerdictsAndDashesSuggestions() {
    String html = NodePage.render(data(Optional.of(List.of(new LinkVerdict("reach", "grow", true, "supported", 0.62, 1),
        new LinkVerdict("margin", "reach", false, "weak", 0.31, 0))), Optional.empty()), org);
    assertThat(html).contains("<g class=\"link verdict-supported\" data-link=\"reach>grow\">", "supported · r 0.62, lag 1",
        "<g class=\"link verdict-suggested dashed\" data-link=\"margin>reach\">", "Suggested by the data",
        "Keep margin → Reach customers (weak · r 0.31)");
  }

  @Test
  void aSuggestionBetweenKpisIsDrawnBetweenTheirObjectives() {
    // strategy_links names a suggestion by its KPIs: cost_ratio (objective margin) -> customers (reach)
    String html = NodePage.render(data(Optional.of(List.of(new LinkVerdict("cost_ratio", "customers", false,
        "supported", 0.41, 2))), Optional.empty()), org);
    assertThat(html).contains("<g class=\"link verdict-suggested dashed\" data-link=\"margin>reach\">",
        "Cost ratio → Customers (supported · r 0.41, lag 2)");
  }

  @Test
  void trendChartsCarryActualsProvisionalTargetAndBands() {
    String html = page(org);
    assertThat(html).contains("<div class=\"chart\" id=\"chart-revenue\"></div>",
        "\"periods\":[\"2025-02\",\"2025-03\",\"2025-04\"]", "\"actual\":[1100,1234.5,null]",
        "\"provisional\":[null,1234.5,300]", "\"target\":[2000,2000,600]", "\"lower95\":[null,null,1100]",
        "\"upper80\":[null,null,1400]", "No values for this KPI at this node yet.", "<script src=\"echarts.min.js\"></script>")
        .doesNotContain("id=\"chart-margin\"");
    assertThat(html.indexOf("<script>")).as("the error recorder is the first script").isLessThan(html.indexOf("<style>"));
    assertThat(html).contains("dataset.jsErrors", "dataset.emptyCharts");
  }

  @Test
  void aMonthWithoutTargetOrForecastHasNulls() {
    String json = TrendCharts.data(List.of(new KpiTrend("nps", List.of(new TrendPoint(MARCH, 5.0, null, false)),
        List.of(new ForecastPoint(MARCH.plusMonths(1), 6.0, null, null, null, null, null)))), Map.of(), MARCH);
    assertThat(json).contains("\"actual\":[5,null]", "\"target\":[null,null]", "\"forecast\":[null,6]",
        "\"lower80\":[null,null]");
  }

  @Test
  void alertsOfTheNodeAndBelowMostSevereFirst() {
    List<OpenAlert> alerts = List.of(new OpenAlert("warning", "stale_source", "org", "tiny", "sales sent nothing"),
        new OpenAlert("critical", "status", "location", "l1", "Loc one is red"),
        new OpenAlert("info", "anomaly", "location", "l3", "l3 odd"));
    ReportData data = data(Optional.empty(), Optional.of(alerts));
    String org = NodePage.render(data, ReportPageTest.org);
    assertThat(org).contains("severity-critical", "stale source", "sales sent nothing");
    assertThat(org.indexOf("Loc one is red")).isLessThan(org.indexOf("sales sent nothing"));
    assertThat(NodePage.render(data, r1)).contains("Loc one is red").doesNotContain("l3 odd", "sales sent nothing");
    assertThat(page(org())).contains("No alerts table in this warehouse yet");
  }

  private static NodeScore org() {
    return org;
  }

  @Test
  void writerWritesEveryPageAndEchartsOnce(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    List<Path> pages = ReportWriter.write(data(Optional.empty(), Optional.empty()), dir);
    assertThat(pages).extracting(p -> p.getFileName().toString())
        .containsExactly("index.html", "region-r1.html", "location-l1.html", "location-l2.html");
    assertThat(Files.size(dir.resolve("echarts.min.js"))).isGreaterThan(500_000);
  }
}
