package dev.scorecard.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Chooses a forecast for one series: fits every model the series is long enough for and keeps
 * the one with the least AICc (FPP3 8.6).
 *
 * <p>Candidates, by the fewest points each needs: SES from 3; Holt's linear trend from 4; damped
 * trend from 5. With a season length {@code m >= 2}: seasonal
 * naive from {@code m + 2}; from {@code 2m + 2} seasonal models without a slope, with one and with
 * a damped one, the season added and, for a strictly positive series, multiplied. Every ETS model
 * comes with additive errors and, for a strictly positive series, with multiplicative ones too
 * ({@link EtsModel#family}): up to 16 candidates. AICc compares the two error forms by their
 * likelihoods. (A least-squares line was a candidate until its in-sample residuals, which are
 * not one-step forecast errors, won it series whose level wanders, with intervals far too narrow.)
 * A series of fewer than 3 points, or a constant one
 * (all zeros included), gets the naive forecast: the last value at every step, with the series'
 * own sample standard deviation as the spread of every step (0 for one point or a constant
 * series, so zero-width intervals).
 */
public final class ModelSelection {
  public static final String NAIVE = "naive";

  private ModelSelection() {}

  /**
   * The chosen model's name and its forecast.
   *
   * @param chosen the model that was fitted, to fit it again to a shorter series; null for the naive forecast
   */
  public record Selected(String model, Forecast forecast, ForecastModel chosen) {}

  public static Selected forecast(double[] y, int m, int horizon) {
    if (y.length == 0 || horizon < 1) {
      throw new IllegalArgumentException(String.format(
          "Cannot forecast %d steps of a series of %d points: need horizon >= 1 and points >= 1", horizon, y.length));
    }
    if (y.length < 3 || constant(y)) {
      return new Selected(NAIVE, Forecast.flat(y[y.length - 1], sd(y), horizon,
          y.length < 2 ? Double.POSITIVE_INFINITY : y.length - 1), null);
    }
    Choice best = choose(y, m);
    return new Selected(best.fit().model(), best.fit().forecast(horizon), best.model());
  }

  /** The point forecasts of the same choice as {@link #forecast}, without intervals. */
  public static double[] means(double[] y, int m, int horizon) {
    if (y.length < 3 || constant(y)) {
      return forecast(y, m, horizon).forecast().mean();
    }
    return best(y, m).means(horizon);
  }

  /** The candidate fit of least AICc; needs at least 3 points. */
  public static Fitted best(double[] y, int m) {
    return choose(y, m).fit();
  }

  /** A candidate and its fit. */
  private record Choice(ForecastModel model, Fitted fit) {}

  private static Choice choose(double[] y, int m) {
    return candidates(y.length, m, positive(y)).stream()
        .map(model -> new Choice(model, model.fit(y)))
        .min(Comparator.comparingDouble(choice -> choice.fit().aicc()))
        .orElseThrow(() -> new IllegalArgumentException(
            String.format("Cannot choose a model for %d points: need at least 3", y.length)));
  }

  static List<ForecastModel> candidates(int n, int m, boolean positive) {
    List<ForecastModel> all = new ArrayList<>(EtsModel.family(m, positive));
    if (m >= 2) {
      all.add(new SeasonalNaive(m));
    }
    return all.stream().filter(model -> n >= model.minLength()).toList();
  }

  private static boolean positive(double[] y) {
    return Arrays.stream(y).allMatch(v -> v > 0);
  }

  static boolean constant(double[] y) {
    return Arrays.stream(y).allMatch(v -> v == y[0]);
  }

  private static double sd(double[] y) {
    return y.length < 2 ? 0 : new StandardDeviation().evaluate(y);
  }
}
