package dev.scorecard.forecast;

/**
 * The states of an ETS model just before observation {@code time}: level, trend, and one seasonal
 * term per phase ({@code season[t % m]} is the latest seasonal for times like {@code t}).
 * A model without a trend keeps {@code trend = 0}; one without a season has an empty array.
 */
public record EtsState(double level, double trend, double[] season, int time) {
  /** The season length m, or 0 without a season. */
  public int period() {
    return season.length;
  }

  /** The seasonal term for observation {@code t}, 0 without a season. */
  double seasonal(int t) {
    return season.length == 0 ? 0 : season[t % season.length];
  }
}
