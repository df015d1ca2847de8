package dev.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.testing.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The org page of a group of 2,000 locations in Chromium: the league table holds every location,
 * best first, the page has no JavaScript error, and sorting by score works on all rows.
 */
class LeagueAtScaleTest {
  private static final int LOCATIONS = 2_000;

  @Test
  void twoThousandLocationsRenderAndSort(@TempDir Path dir) throws IOException, InterruptedException {
    Chromium.require();
    List<NodeScore> nodes = new ArrayList<>(List.of(ReportPageTest.org, ReportPageTest.r1));
    for (int i = 0; i < LOCATIONS; i++) {
      // scores 0.0 to 99.95 in a scrambled order (i * 7919 mod 2000 visits every value once)
      double score = ((i * 7919) % LOCATIONS) / 20.0;
      nodes.add(new NodeScore("location", String.format(Locale.ROOT, "loc-%04d", i), "Store " + i, "r1", score,
          score >= 90 ? "green" : score >= 70 ? "amber" : "red", null, LOCATIONS, null, null, false));
    }
    ReportData base = ReportPageTest.data(Optional.empty(), Optional.empty());
    ReportData data = new ReportData(base.config(), base.period(), nodes, base.kpis(), base.kpiLines(),
        base.objectives(), base.trends(), base.contributions(), base.links(), base.sources(), base.alerts());
    Path org = dir.resolve("index.html");
    Files.writeString(org, NodePage.render(data, ReportPageTest.org).replace("</body>",
        "<script>var t = document.querySelector('table.league'); t.tHead.rows[0].cells[3].click();"
            + "var rows = t.tBodies[0].rows; var root = document.documentElement;"
            + "root.dataset.rows = rows.length; root.dataset.first = rows[0].cells[3].textContent;"
            + "root.dataset.last = rows[rows.length - 1].cells[3].textContent;</script></body>"));
    Files.write(dir.resolve(PageFiles.ECHARTS), Assets.bytes(Assets.ECHARTS));

    String dom = Chromium.dom(org);
    assertThat(Chromium.rootAttribute(dom, "data-js-errors")).isNull();
    assertThat(Chromium.rootAttribute(dom, "data-rendered")).isEqualTo("true");
    assertThat(Chromium.rootAttribute(dom, "data-rows")).isEqualTo(String.valueOf(LOCATIONS));
    // The table comes best first; one click on Score sorts it ascending: 0.0 first, 99.9 (99.95) last.
    assertThat(Chromium.rootAttribute(dom, "data-first")).isEqualTo("0.0");
    assertThat(Chromium.rootAttribute(dom, "data-last")).isEqualTo("100.0");
  }
}
