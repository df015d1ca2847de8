package dev.scorecard.strategymap;

import static dev.scorecard.strategymap.LinkTestTest.moments;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scorecard.config.Grain;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementTest {
  private static final LocalDate THROUGH = LocalDate.of(2026, 9, 1);

  @Test
  void anArrowTakesItsStrongestSupportedPair() {
    List<LinkRow> rows = Judgement.arrows(List.of(
        tested(arrow("skills", "service", "training", "on_time"), 0.1, 0.5),
        tested(arrow("skills", "service", "training", "wait"), 0.6, 0.2),
        tested(arrow("service", "delight", "on_time", "nps"), -0.5, 0.0),
        tested(arrow("service", "delight", "wait", "nps"), 0.1, 0.19)));
    assertThat(rows).extracting(LinkRow::fromId, LinkRow::toId, LinkRow::verdict, LinkRow::effectKpi, LinkRow::lag)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("skills", "service", Verdict.SUPPORTED, "wait", 0),
            org.assertj.core.groups.Tuple.tuple("service", "delight", Verdict.CONTRADICTED, "nps", 0));
    assertThat(rows.get(0).throughPeriod()).isEqualTo(THROUGH);
    assertThat(rows.get(0).configured()).isTrue();
  }

  @Test
  void anArrowWithoutAClearPairIsWeakAtItsStrongestCorrelation() {
    List<LinkRow> rows = Judgement.arrows(List.of(
        tested(arrow("a", "b", "k1", "k2"), 0.05, -0.15),
        tested(arrow("a", "b", "k1", "k3"), 0.1, 0.12)));
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.verdict()).isEqualTo(Verdict.WEAK);
      assertThat(r.effectKpi()).isEqualTo("k2");
      assertThat(r.correlation()).isEqualTo(-0.15);
    });
  }

  @Test
  void suggestionsNeedALagAndComeOncePerPairOfObjectives() {
    List<LinkRow> rows = Judgement.suggestions(List.of(
        tested(suggestion("on_time", "kwh", "service", "energy"), 0.1, 0.35),
        tested(suggestion("wait", "kwh", "service", "energy"), 0.1, 0.45),
        tested(suggestion("kwh", "wait", "energy", "service"), 0.0, 0.40),
        tested(suggestion("members", "waste", "loyalty", "waste"), 0.9, 0.1),
        tested(suggestion("members", "energy_use", "loyalty", "energy"), 0.0, 0.25)));
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.fromId()).isEqualTo("wait");
      assertThat(r.toId()).isEqualTo("kwh");
      assertThat(r.configured()).isFalse();
      assertThat(r.lag()).isEqualTo(1);
      assertThat(r.correlation()).isEqualTo(0.45);
    });
  }

  @Test
  void anArrowWithNoPairToTestIsInsufficient() {
    LinkRow r = Judgement.untestable("t", "a", "b");
    assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(r.n()).isZero();
    assertThat(r.configured()).isTrue();
  }

  private static Candidate arrow(String from, String to, String cause, String effect) {
    return new Candidate("t", from, to, true, cause, effect, 1, Grain.MONTH, 2, from, to);
  }

  private static Candidate suggestion(String cause, String effect, String causeObjective, String effectObjective) {
    return new Candidate("t", cause, effect, false, cause, effect, 1, Grain.MONTH, 2, causeObjective,
        effectObjective);
  }

  /** A pair with correlation {@code lag0} and {@code lag1}, each over 400 pairs of 10 stores and 30 months. */
  private static Judgement.Tested tested(Candidate c, double lag0, double lag1) {
    return new Judgement.Tested(c, List.of(moments(lag0, 400, 10, 30), moments(lag1, 400, 10, 30)), THROUGH);
  }
}
