package dev.scorecard.forecast;

import dev.scorecard.config.Grain;
import java.util.Arrays;

/**
 * The forecast of one KPI series (one KPI at one node and grain) from its complete periods: the
 * model chosen by {@link ModelSelection}, its means and intervals for the next periods, and the
 * sMAPE of that model on a holdout of the series' last points.
 */
public record SeriesForecast(String model, Forecast forecast, Double backtestSmape) {

  /** Season length per grain: 12 months, 4 quarters; none for years and weeks. */
  public static int seasonLength(Grain grain) {
    return switch (grain) {
      case MONTH -> 12;
      case QUARTER -> 4;
      default -> 0;
    };
  }

  /** The forecast of {@code horizon} periods after the series, with the model chosen for it. */
  public static SeriesForecast of(double[] y, Grain grain, int horizon) {
    int m = seasonLength(grain);
    ModelSelection.Selected selected = ModelSelection.forecast(y, m, horizon);
    return new SeriesForecast(selected.model(), selected.forecast(), backtest(y, m, horizon, selected.chosen()));
  }

  /**
   * sMAPE of forecasting the last {@code min(h, n/5)} points from the ones before with the chosen
   * model fitted again to them (the whole selection again when the shorter series is too short
   * for it, or for the naive forecast); null when too short. Only point forecasts are needed, so
   * no interval is simulated. (Selecting again among all candidates cost as much as the forecast.)
   */
  static Double backtest(double[] y, int m, int horizon, ForecastModel chosen) {
    int holdout = Math.min(horizon, y.length / 5);
    if (holdout < 1 || y.length - holdout < 3) {
      return null;
    }
    double[] train = Arrays.copyOf(y, y.length - holdout);
    double[] actual = Arrays.copyOfRange(y, y.length - holdout, y.length);
    boolean refit = chosen != null && train.length >= chosen.minLength() && !ModelSelection.constant(train);
    double[] means = refit ? chosen.fit(train).means(holdout) : ModelSelection.means(train, m, holdout);
    return Smape.of(actual, means);
  }

}
