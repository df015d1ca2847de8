package dev.scorecard.strategymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.scorecard.config.Grain;
import dev.scorecard.config.TenantConfig;
import dev.scorecard.testing.TenantFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which KPI pairs are tested, on the tiny tenant: objectives grow (revenue, revenue_yoy,
 * revenue_mom), margin (margin, cost_ratio) and reach (customers, big_share), one arrow reach -> grow.
 */
class CandidatesTest {
  private static final String TINY = TenantFixture.resource("/tiny/tiny.yaml");

  @TempDir
  Path conf;

  @Test
  void anArrowBetweenObjectivesTestsEveryPairOfTheirKpisAtMonthGrain() {
    TenantConfig t = TenantFixture.load(conf, "tiny", TINY);
    assertThat(Candidates.configured(t))
        .extracting(Candidate::fromId, Candidate::toId, Candidate::causeKpi, Candidate::effectKpi, Candidate::grain,
            Candidate::lags, Candidate::orientation)
        .containsExactlyInAnyOrder(
            tuple("reach", "grow", "customers", "revenue", Grain.MONTH, 4, 1),
            tuple("reach", "grow", "customers", "revenue_yoy", Grain.MONTH, 4, 1),
            tuple("reach", "grow", "customers", "revenue_mom", Grain.MONTH, 4, 1),
            tuple("reach", "grow", "big_share", "revenue", Grain.MONTH, 4, 1),
            tuple("reach", "grow", "big_share", "revenue_yoy", Grain.MONTH, 4, 1),
            tuple("reach", "grow", "big_share", "revenue_mom", Grain.MONTH, 4, 1));
  }

  @Test
  void suggestionsSkipConnectedObjectivesAndPairsSharingAMeasure() {
    TenantConfig t = TenantFixture.load(conf, "tiny", TINY);
    // margin and cost_ratio are built from revenue, so never against the revenue KPIs; reach and
    // grow are connected by the arrow. What is left: the margin KPIs with the reach KPIs, both ways.
    assertThat(Candidates.suggestions(t))
        .extracting(Candidate::causeKpi, Candidate::effectKpi, Candidate::orientation, Candidate::configured)
        .containsExactlyInAnyOrder(
            tuple("margin", "customers", 1, false), tuple("customers", "margin", 1, false),
            tuple("margin", "big_share", 1, false), tuple("big_share", "margin", 1, false),
            tuple("cost_ratio", "customers", -1, false), tuple("customers", "cost_ratio", -1, false),
            tuple("cost_ratio", "big_share", -1, false), tuple("big_share", "cost_ratio", -1, false));
  }

  @Test
  void anArrowBetweenKpisTestsThatPairOnly() {
    TenantConfig t = TenantFixture.load(conf, "tiny", TINY.replace("{ from: reach, to: grow }",
        "{ from: customers, to: revenue }"));
    assertThat(Candidates.configured(t)).extracting(Candidate::fromId, Candidate::toId, Candidate::causeKpi,
        Candidate::effectKpi, Candidate::causeObjective, Candidate::effectObjective)
        .containsExactly(tuple("customers", "revenue", "customers", "revenue", "reach", "grow"));
    // the KPIs' objectives count as connected: no suggestion between reach and grow
    assertThat(Candidates.suggestions(t)).extracting(Candidate::causeObjective)
        .containsOnly("margin", "reach");
    assertThat(Candidates.suggestions(t)).extracting(Candidate::effectObjective)
        .containsOnly("margin", "reach");
  }

  @Test
  void objectivesConnectedThroughOthersAreNotSuggested() {
    TenantConfig t = TenantFixture.load(conf, "tiny",
        TINY.replace("  - { from: reach, to: grow }", "  - { from: reach, to: grow }\n  - { from: grow, to: margin }"));
    assertThat(t.links()).hasSize(2);
    assertThat(Candidates.suggestions(t)).isEmpty();
  }
}
