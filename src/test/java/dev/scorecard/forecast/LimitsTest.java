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

  @Test
  void ratiosAndGrowthHaveNoLimitsOfTheirOwn() {
    assertThat(limits("cost_ratio").floor(50)).isNull();
    assertThat(limits("revenue_yoy").floor(5)).isNull();
    assertThat(limits("cost_ratio").max()).isNull();
  }
}
