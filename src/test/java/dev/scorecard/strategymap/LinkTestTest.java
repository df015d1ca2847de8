package dev.scorecard.strategymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The link statistics on hand-made sums. p-values were computed apart, with scipy:
 * {@code min(1, 2 * stats.t.sf(|r| * sqrt(df / (1 - r^2)), df) * comparisons)}.
 */
class LinkTestTest {

  @Test
  void pearsonFromSumsMatchesTheTextbookFormula() {
    // x = 1,2,3,4 and y = 2,4,5,8: mean x 2.5, mean y 4.75, sum dx*dy = 9.5, sum dx^2 = 5,
    // sum dy^2 = 18.75, r = 9.5 / sqrt(5 * 18.75) = 0.981156 (numpy.corrcoef agrees)
    Moments m = new Moments(4, 10, 19, 30, 109, 57, 1, 4);
    assertThat(m.correlation()).isCloseTo(0.981156, within(1e-6));
  }

  @Test
  void aSeriesThatDoesNotVaryHasNoCorrelation() {
    assertThat(new Moments(4, 4, 19, 4, 109, 19, 1, 4).correlation()).isNaN();
  }

  @Test
  void theStrongestPositiveLagSupportsTheArrow() {
    LinkTest.Result r = test(1, 4, 0.1, 0.5, 0.05, -0.1);
    assertThat(r.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(r.lag()).isEqualTo(1);
    assertThat(r.correlation()).isCloseTo(0.5, within(1e-12));
    assertThat(r.pValue()).isCloseTo(1.4631649641892663e-05, within(1e-12));
    assertThat(r.n()).isEqualTo(100);
    assertThat(r.byLag()).containsExactly(0.1, 0.5, 0.05, -0.1);
  }

  @Test
  void orientationTurnsALowerIsBetterPairAround() {
    // turnover (lower is better) up goes with on-time (higher is better) down: raw r -0.5 is +0.5
    LinkTest.Result r = test(-1, 4, 0.1, 0.5, 0, 0);
    assertThat(r.byLag()).containsExactly(0.1, 0.5, 0.0, 0.0);
    assertThat(r.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(r.correlation()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aClearNegativeAssociationContradictsTheArrow() {
    LinkTest.Result r = test(1, 4, -0.4, 0.1, 0, 0);
    assertThat(r.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(r.lag()).isZero();
    assertThat(r.pValue()).isCloseTo(0.0012520433632023165, within(1e-12));
  }

  @Test
  void significantButSmallIsWeakAtItsStrongestLag() {
    LinkTest.Result r = test(1, 4, 0.1, 0.15, 0.19, 0.0);
    assertThat(r.verdict()).isEqualTo(Verdict.WEAK);
    assertThat(r.lag()).isEqualTo(2);
    assertThat(r.pValue()).isCloseTo(0.3916272882709269, within(1e-12));
  }

  @Test
  void largeButNotSignificantOnFewPairsIsWeak() {
    // 40 pairs of 3 locations and 12 periods leave 25 degrees of freedom: r 0.45 has p 0.0185, x 4 lags
    Moments m = moments(0.45, 40, 3, 12);
    LinkTest.Result r = LinkTest.test(List.of(m, m, m, m), 1, 4, LinkTest.MIN_CORRELATION, LinkTest.ALPHA);
    assertThat(r.verdict()).isEqualTo(Verdict.WEAK);
    assertThat(r.pValue()).isCloseTo(0.07405030131930028, within(1e-12));
  }

  @Test
  void tooFewLocationsOrPeriodsIsInsufficientNeverAGuess() {
    Moments twoStores = moments(0.9, 60, 2, 30);
    Moments elevenMonths = moments(0.9, 60, 5, 11);
    Moments fewPairs = moments(0.9, 30, 5, 12);
    for (Moments m : new Moments[] {twoStores, elevenMonths, fewPairs}) {
      LinkTest.Result r = LinkTest.test(List.of(m), 1, 1, LinkTest.MIN_CORRELATION, LinkTest.ALPHA);
      assertThat(r.verdict()).as("%s", m).isEqualTo(Verdict.INSUFFICIENT_DATA);
      assertThat(r.lag()).isNull();
      assertThat(r.correlation()).isNull();
      assertThat(r.n()).isEqualTo(m.n());
    }
    List<Moments> none = Arrays.asList(null, null);
    LinkTest.Result r = LinkTest.test(none, 1, 2, LinkTest.MIN_CORRELATION, LinkTest.ALPHA);
    assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(r.n()).isZero();
    assertThat(r.byLag()).containsExactly(null, null);
  }

  @Test
  void aLagWithTooFewPairsIsLeftOutButTheOthersCount() {
    List<Moments> byLag = new ArrayList<>(List.of(moments(0.3, 200, 5, 20), moments(0.9, 30, 5, 12)));
    LinkTest.Result r = LinkTest.test(byLag, 1, 2, LinkTest.MIN_CORRELATION, LinkTest.ALPHA);
    assertThat(r.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(r.lag()).isZero();
    assertThat(r.byLag()).containsExactly(0.3, null);
  }

  /**
   * Lags with oriented correlations {@code rs} (the raw sums carry {@code orientation * r}), each over
   * 100 pairs of 5 locations and 20 periods (75 df).
   */
  private static LinkTest.Result test(int orientation, int comparisons, double... rs) {
    List<Moments> byLag = Arrays.stream(rs).mapToObj(r -> moments(orientation * r, 100, 5, 20)).toList();
    return LinkTest.test(byLag, orientation, comparisons, LinkTest.MIN_CORRELATION, LinkTest.ALPHA);
  }

  /** Sums with mean 0 and variance 1 on both sides, so r is exactly {@code r}. */
  static Moments moments(double r, long n, int locations, int periods) {
    return new Moments(n, 0, 0, n, n, r * n, locations, periods);
  }
}
