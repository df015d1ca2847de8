package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.testing.TenantFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which KPIs of {@code tiny} get their open period completed, and from which day (tiny.yaml). */
class AdditiveKpisTest {
  @TempDir
  Path conf;

  /*
   * Every measure of tiny reads source sales. Completed: revenue (sum), and the ratios margin,
   * cost_ratio and big_share from their parts. Not: customers (distinct count: does not add up),
   * and the growth KPIs.
   */
  @Test
  void sumsCountsAndRatiosAreCompletedFromTheLatestDayOfTheirSources() {
    TenantConfig tiny = TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml"));
    LocalDate day = LocalDate.parse("2025-04-15");

    assertThat(AdditiveKpis.sources(tiny)).containsExactly("sales");
    assertThat(AdditiveKpis.dataThrough(tiny, Map.of("sales", day)))
        .containsOnlyKeys("revenue", "margin", "cost_ratio", "big_share")
        .containsEntry("cost_ratio", day);
    assertThat(AdditiveKpis.dataThrough(tiny, Map.of())).isEmpty();
    assertThat(tiny.ratioMeasures(tiny.kpis().get("margin"))).extracting(m -> m.id()).containsExactly("revenue", "cost");
  }
}
