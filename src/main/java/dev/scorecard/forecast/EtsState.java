package dev.scorecard.forecast;

/**
 * The states of an ETS model just before observation {@code time}: level, trend, and one seasonal
 * term per phase ({@code season[t % m]} is the latest seasonal for times like {@code t}).
 * A model without a trend keeps {@code trend = 0}; one without a season has an empty array.
 *
 * @param multiplicative whether the seasonal terms are factors (multiplied with level and trend)
 *     rather than offsets (added to them)
 */
public record EtsState(double level, double trend, double[] season, int time, boolean multiplicative) {

  /** States with additive seasonal terms, or none. */
  public EtsState(double level, double trend, double[] season, int time) {
    this(level, trend, season, time, false);
  }

  /** The season length m, or 0 without a season. */
  public int period() {
    return season.length;
  }

  /** The seasonal term for observation {@code t}: 0 (or factor 1) without a season. */
  double seasonal(int t) {
    if (season.length == 0) {
      return multiplicative ? 1 : 0;
    }
    return season[t % season.length];
  }
}
