package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.config.TenantConfig;
import dev.scorecard.testing.TenantFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which floor and ceiling each KPI of tenant {@code tiny} gets (tiny.yaml). */
class LimitsTest {
  @TempDir
  Path conf;

  private Limits limits(String kpi) {
    TenantConfig tiny = TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml"));
    return Limits.of(tiny, tiny.kpis().get(kpi));
  }

  @Test
  void aCountIsNeverBelowZero() {
    // customers: count_distinct of customer
    assertThat(limits("customers").floor(0)).isEqualTo(0.0);
    assertThat(limits("customers").max()).isNull();
  }

  @Test
  void aSumIsFloredAtZeroUnlessItsHistoryWentBelow() {
    // revenue: sum of revenue; the argument is the series' lowest value so far
    assertThat(limits("revenue").floor(0)).isEqualTo(0.0);
    assertThat(limits("revenue").floor(-5)).isNull();
  }

  @Test
  void configuredBoundsWin() {
    // big_share: bounds { min: 0, max: 100 }
    assertThat(limits("big_share").floor(-3)).isEqualTo(0.0);
    assertThat(limits("big_share").max()).isEqualTo(100.0);
  }

  /*
   * Without its bounds, big_share = 100 * big_orders / orders: a count with a filter (revenue >= 200)
   * over the count of the same source (sales) without one, a share: floor 0, ceiling its scale, 100.
   */
  @Test
  void aShareOfCountsIsBetweenZeroAndItsScale() {
    TenantConfig tiny = TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml")
        .replace(", bounds: { min: 0, max: 100 }", ""));
    Limits share = Limits.of(tiny, tiny.kpis().get("big_share"));
    assertThat(tiny.kpis().get("big_share").bounds().isNone()).isTrue();
    assertThat(share.floor(-3)).isEqualTo(0.0);
    assertThat(share.max()).isEqualTo(100.0);
  }

  /* cost_ratio = 100 * cost / revenue, two sums: floored at 0 while its history never went below. */
  @Test
  void aRatioOfSumsIsFlooredLikeASum() {
    assertThat(limits("cost_ratio").floor(50)).isEqualTo(0.0);
    assertThat(limits("cost_ratio").floor(-5)).isNull();
    assertThat(limits("cost_ratio").max()).isNull();
  }

  /* margin = (revenue - cost) / revenue can go negative; growth too. */
  @Test
  void marginsAndGrowthHaveNoLimitsOfTheirOwn() {
    assertThat(limits("margin").floor(20)).isNull();
    assertThat(limits("margin").max()).isNull();
    assertThat(limits("revenue_yoy").floor(5)).isNull();
  }
}
