package dev.scorecard.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.config.Grain;
import dev.scorecard.config.Level;
import dev.scorecard.testing.TenantFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Target resolution on the tiny tenant's targets: revenue per month has a level target (200 over
 * 100), a node target for l1 (300 over 100) and a period override for every location in April
 * 2025 (500 over 0, green 95, amber 50); margin has one target for all levels (50 over 30).
 */
class TargetResolverTest {
  private static TargetResolver resolver;

  @BeforeAll
  static void load(@TempDir Path conf) {
    resolver = TargetResolver.of(TenantFixture.load(conf, "tiny", TenantFixture.resource("/tiny/tiny.yaml")));
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} {4} -> {5}")
  @CsvSource(nullValues = "null", textBlock = """
      # kpi,   grain,   level,    node, period,     expected (target/baseline/green/amber)
      revenue, MONTH,   LOCATION, l2,   2025-03-01, 200.0/100.0/90.0/70.0
      revenue, MONTH,   LOCATION, l1,   2025-03-01, 300.0/100.0/90.0/70.0
      revenue, MONTH,   LOCATION, l1,   2025-04-01, 500.0/0.0/95.0/50.0
      revenue, MONTH,   REGION,   r1,   2025-04-01, null
      revenue, QUARTER, LOCATION, l2,   2025-04-01, null
      margin,  MONTH,   ORG,      tiny, 2024-01-01, 50.0/30.0/90.0/70.0
      customers, MONTH, REGION,   r2,   2025-03-01, 4.0/null/90.0/70.0
      nope,    MONTH,   LOCATION, l1,   2025-03-01, null
      """)
  void theMostSpecificTargetWins(String kpi, Grain grain, Level level, String node, LocalDate period, String expected) {
    Optional<Target> target = resolver.resolve(kpi, grain, level, node, period);
    assertThat(target.map(t -> t.target() + "/" + t.baseline() + "/" + t.thresholds().green() + "/"
        + t.thresholds().amber()).orElse(null)).isEqualTo(expected);
  }
}
