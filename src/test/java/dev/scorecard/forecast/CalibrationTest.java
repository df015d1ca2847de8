package dev.scorecard.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Do the intervals keep their promise, and does {@code prob_meet_target} mean what it says? Series
 * are drawn from eleven ETS classes ({@link SimulatedEts}: additive and multiplicative errors, no,
 * straight and damped trends, seasons added and multiplied), 150 per class, monthly (4 years, then
 * 6 months forecast) and quarterly (6 years, then 4 quarters), and each goes through the engine's
 * own selection ({@link ModelSelection#forecast}), so the intervals pay for choosing the model too.
 *
 * <p>Measured at this commit (seeded, so a rerun gives the same):
 * <pre>
 *                80% covered   95% covered    lowest class (80%)
 *   monthly      78.8%         94.4%          AAA 76.2%
 *   quarterly    79.5%         94.5%          MAN, AAM 76.5%
 * </pre>
 * Before intervals allowed for the estimated states and parameters ({@link Fit#sigma2}) and used
 * Student's t, monthly series covered 70% at 80%. Trend classes stay a little low: a slope
 * estimated from a few years is uncertain in a way that grows with the horizon. Each class is
 * held to a wider band than the pooled figures. Reliability: Brier score 0.160 against 0.250 for
 * always saying the overall rate; every tenth of chances within 3 points of what came.
 */
class CalibrationTest {
  static final String[] CLASSES = {"ANN", "MNN", "AAN", "MAN", "MAdN", "ANA", "AAA", "MNM", "MAM", "MAdM", "AAM"};
  private static final int SERIES = 150;

  /** One forecast point: the bounds and mean the engine gave, and what came. */
  record Point(String code, int m, double actual, double mean, double sd, double df, double lower80,
      double upper80, double lower95, double upper95) {
    boolean in80() {
      return actual >= lower80 && actual <= upper80;
    }

    boolean in95() {
      return actual >= lower95 && actual <= upper95;
    }
  }

  private static final List<Point> POINTS = new ArrayList<>();

  @BeforeAll
  static void forecastSimulatedSeries() {
    for (int m : new int[] {12, 4}) {
      int train = m == 12 ? 48 : 24;
      int horizon = m == 12 ? 6 : 4;
      for (String code : CLASSES) {
        SimulatedEts model = SimulatedEts.of(code, m);
        Random random = new Random(31L * m + code.hashCode());
        for (int s = 0; s < SERIES; s++) {
          double[] y = model.draw(random, train + horizon);
          Forecast f = ModelSelection.forecast(Arrays.copyOf(y, train), m, horizon).forecast();
          for (int h = 0; h < horizon; h++) {
            POINTS.add(new Point(code, m, y[train + h], f.mean()[h], f.sd()[h], f.df(), f.lower(Forecast.LEVEL_80)[h],
                f.upper(Forecast.LEVEL_80)[h], f.lower(Forecast.LEVEL_95)[h], f.upper(Forecast.LEVEL_95)[h]));
          }
        }
      }
    }
  }

  private static double share(List<Point> points, java.util.function.Predicate<Point> p) {
    return 100.0 * points.stream().filter(p).count() / points.size();
  }

  /* The bands, for all classes pooled, per frequency: 80% within 78-85, 95% within 92-97. */
  @ParameterizedTest
  @ValueSource(ints = {12, 4})
  void pooledCoverageIsWithinTheBandsPerFrequency(int m) {
    List<Point> points = POINTS.stream().filter(p -> p.m() == m).toList();
    System.out.printf("m=%d: 80%% covered %.1f%%, 95%% covered %.1f%% of %d points%n", m, share(points, Point::in80),
        share(points, Point::in95), points.size());
    assertThat(share(points, Point::in80)).isBetween(78.0, 85.0);
    assertThat(share(points, Point::in95)).isBetween(92.0, 97.0);
  }

  /* Each class alone (900 monthly or 600 quarterly points): 80% within 72-88, 95% within 89-98. */
  @Test
  void everyClassIsCloseToItsLevel() {
    for (int m : new int[] {12, 4}) {
      for (String code : CLASSES) {
        List<Point> points = POINTS.stream().filter(p -> p.m() == m && p.code().equals(code)).toList();
        System.out.printf("m=%d %-5s 80%% %.1f  95%% %.1f%n", m, code, share(points, Point::in80),
            share(points, Point::in95));
        assertThat(share(points, Point::in80)).as("%s m=%d, 80%%", code, m).isBetween(72.0, 88.0);
        assertThat(share(points, Point::in95)).as("%s m=%d, 95%%", code, m).isBetween(89.0, 98.0);
      }
    }
  }

  /*
   * Reliability of the chance to meet a target: every point gets a target near its own forecast
   * (forecast times 0.9..1.1, seeded), so the chances spread over 0..1; the point meets it when the
   * actual is at or above it. Grouped by the chance given, in tenths, each group with 100 points or
   * more met its target about as often as it was told: within 4 points of its mean chance. The
   * Brier score (mean of (chance - met)^2) must beat always saying the overall rate by a third.
   */
  @Test
  void chancesToMeetTheTargetAreReliable() {
    Random random = new Random(5);
    int bins = 10;
    double[] told = new double[bins];
    int[] met = new int[bins];
    int[] count = new int[bins];
    double brier = 0;
    int hits = 0;
    for (Point p : POINTS) {
      double target = p.mean() * (0.9 + 0.2 * random.nextDouble());
      double chance = TargetProbability.probMeet(p.mean(), p.sd(), target, true, p.df());
      boolean meets = p.actual() >= target;
      int bin = Math.min(bins - 1, (int) (chance * bins));
      told[bin] += chance;
      met[bin] += meets ? 1 : 0;
      count[bin]++;
      brier += (chance - (meets ? 1 : 0)) * (chance - (meets ? 1 : 0));
      hits += meets ? 1 : 0;
    }
    brier /= POINTS.size();
    double rate = (double) hits / POINTS.size();
    double climatology = rate * (1 - rate);
    System.out.printf("Brier %.4f, always %.2f: %.4f%n", brier, rate, climatology);
    for (int b = 0; b < bins; b++) {
      if (count[b] == 0) {
        continue;
      }
      double meanTold = told[b] / count[b];
      double observed = (double) met[b] / count[b];
      System.out.printf("chance %.1f-%.1f: told %.3f, met %.3f of %d%n", b / 10.0, (b + 1) / 10.0, meanTold, observed,
          count[b]);
      if (count[b] >= 100) {
        assertThat(observed).as("chance %.1f-%.1f", b / 10.0, (b + 1) / 10.0).isBetween(meanTold - 0.04,
            meanTold + 0.04);
      }
    }
    assertThat(brier).isLessThan(climatology * 2 / 3);
  }
}
