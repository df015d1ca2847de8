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
    assertThat(limits("customers").floor(new double[] {3, 1, 0})).isEqualTo(0.0);
    assertThat(limits("customers").max()).isNull();
  }

  @Test
  void aSumIsFloredAtZeroUnlessItsHistoryWentBelow() {
    // revenue: sum of revenue
    assertThat(limits("revenue").floor(new double[] {120, 0, 95})).isEqualTo(0.0);
    assertThat(limits("revenue").floor(new double[] {120, -5, 95})).isNull();
  }

  @Test
  void configuredBoundsWin() {
    // big_share: bounds { min: 0, max: 100 }
    assertThat(limits("big_share").floor(new double[] {-3})).isEqualTo(0.0);
    assertThat(limits("big_share").max()).isEqualTo(100.0);
  }

  @Test
  void ratiosAndGrowthHaveNoLimitsOfTheirOwn() {
    assertThat(limits("cost_ratio").floor(new double[] {50, 60})).isNull();
    assertThat(limits("revenue_yoy").floor(new double[] {5, 6})).isNull();
    assertThat(limits("cost_ratio").max()).isNull();
  }
}
