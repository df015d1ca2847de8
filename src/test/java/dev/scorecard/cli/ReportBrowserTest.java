package dev.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.testing.Chromium;
import dev.scorecard.testing.TinyWarehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tiny tenant's report opened in real headless Chromium, page by page: no JavaScript error,
 * the script ran to its end, and every chart it drew has data. A page that throws is caught (the
 * check itself is checked).
 */
class ReportBrowserTest {
  private static Path out;

  @BeforeAll
  static void render(@TempDir Path dir) {
    Chromium.require();
    Path warehouse = TinyWarehouse.warehouse(Main::execute);
    out = dir.resolve("report");
    int code = Main.execute("report", "--tenant", "tiny", "--conf", TinyWarehouse.conf().toString(), "--warehouse",
        warehouse.toString(), "--out", out.toString(), "--master", "local[2]");
    assertThat(code).isZero();
  }

  @Test
  void everyPageRendersWithoutErrorsAndWithoutEmptyCharts() throws IOException, InterruptedException {
    List<Path> pages;
    try (Stream<Path> files = Files.list(out)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).extracting(p -> p.getFileName().toString())
        .containsExactly("index.html", "location-l1.html", "location-l2.html", "location-l3.html", "region-r1.html", "region-r2.html");
    for (Path page : pages) {
      String dom = Chromium.dom(page);
      assertThat(Chromium.rootAttribute(dom, "data-js-errors")).as("JavaScript errors on %s", page.getFileName()).isNull();
      assertThat(Chromium.rootAttribute(dom, "data-rendered")).as("script of %s ran to its end", page.getFileName()).isEqualTo("true");
      assertThat(Integer.parseInt(Chromium.rootAttribute(dom, "data-charts"))).as("charts on %s", page.getFileName()).isPositive();
      assertThat(Chromium.rootAttribute(dom, "data-empty-charts")).as("empty charts on %s", page.getFileName()).isEmpty();
      assertThat(dom).as("charts drawn as SVG on %s", page.getFileName()).contains("<svg");
    }
  }

  @Test
  void aPageThatThrowsIsCaught() throws IOException, InterruptedException {
    String index = Files.readString(out.resolve("index.html"));
    Path broken = out.resolve("broken.html");
    Files.writeString(broken, index.replace("<script type=\"application/json\" id=\"chart-data\">[",
        "<script type=\"application/json\" id=\"chart-data\">[oops"));
    String dom = Chromium.dom(broken);
    assertThat(Chromium.rootAttribute(dom, "data-js-errors")).contains("JSON");
    Files.delete(broken);
  }

  @Test
  void leagueTableSortsOnClick() throws IOException, InterruptedException {
    String index = Files.readString(out.resolve("index.html"));
    Path sorted = out.resolve("sorted.html");
    Files.writeString(sorted, index.replace("</body>", "<script>document.querySelectorAll('table.league th')[1].click();"
        + "document.documentElement.dataset.first = document.querySelector('table.league tbody tr td:nth-child(2)').textContent;"
        + "</script></body>"));
    String dom = Chromium.dom(sorted);
    assertThat(Chromium.rootAttribute(dom, "data-first")).isEqualTo("Loc one");
    Files.delete(sorted);
  }
}
