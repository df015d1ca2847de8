package dev.scorecard.bench;

import dev.scorecard.forecast.Forecast;
import dev.scorecard.forecast.ModelSelection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The engine's side of the forecast accuracy bench: for every series of a panel CSV (see
 * {@link PanelCsv}), forecasts one season (12 months or 4 quarters) with {@link
 * ModelSelection#forecast} from the points before a forecast origin (season length = the series'
 * frequency) and writes {@code series,origin,h,forecast,lower_80,upper_80,lower_95,upper_95,model},
 * origin being the number of points fitted and the bounds those of the 80% and 95% prediction
 * intervals.
 *
 * <pre>
 *   ForecastAccuracy panel.csv fc.csv                # one origin: the series without its last season
 *   ForecastAccuracy --origins 4 panel.csv fc.csv    # rolling origins, see rollingOrigins
 * </pre>
 *
 * Scored against R's ets (ets.R, which takes the same arguments) and statsmodels by {@code
 * bench/forecast/accuracy.sh}; not part of the product.
 */
public final class ForecastAccuracy {
  private static final String USAGE = "usage: ForecastAccuracy [--origins R] <panel.csv> <forecasts.csv>";

  private ForecastAccuracy() {}

  public static void main(String[] args) {
    boolean rolling = args.length == 4 && args[0].equals("--origins");
    if (!rolling && args.length != 2) {
      System.err.println(USAGE);
      System.exit(2);
    }
    int years = rolling ? Integer.parseInt(args[1]) : 1;
    if (years < 1) {
      System.err.println(USAGE + " (R >= 1)");
      System.exit(2);
    }
    List<String> lines = new ArrayList<>(List.of("series,origin,h,forecast,lower_80,upper_80,lower_95,upper_95,model"));
    for (PanelCsv.Series s : PanelCsv.read(Path.of(args[args.length - 2]))) {
      int n = s.values().length;
      int m = s.frequency();
      for (int origin : rolling ? rollingOrigins(n, m, years) : new int[] {n - m}) {
        lines.addAll(forecastFrom(s, origin));
      }
    }
    PanelCsv.writeLines(Path.of(args[args.length - 1]), lines);
  }

  /**
   * The rolling origins of a series of {@code n} points and season length {@code m}, earliest
   * first: the starts of its last {@code years} seasons, {@code n - k m} for k = years down to 1,
   * leaving out those with fewer than max(3m, 2m + 2) points before them. ets.R computes the same.
   */
  static int[] rollingOrigins(int n, int m, int years) {
    int fewest = Math.max(3 * m, 2 * m + 2);
    return IntStream.iterate(years, k -> k >= 1, k -> k - 1).map(k -> n - k * m).filter(origin -> origin >= fewest)
        .toArray();
  }

  /** The CSV lines of one series' forecast of the season after its first {@code origin} points. */
  static List<String> forecastFrom(PanelCsv.Series s, int origin) {
    int m = s.frequency();
    ModelSelection.Selected selected = ModelSelection.forecast(Arrays.copyOf(s.values(), origin), m, m);
    Forecast forecast = selected.forecast();
    double[] mean = forecast.mean();
    double[] lower80 = forecast.lower(Forecast.LEVEL_80);
    double[] upper80 = forecast.upper(Forecast.LEVEL_80);
    double[] lower95 = forecast.lower(Forecast.LEVEL_95);
    double[] upper95 = forecast.upper(Forecast.LEVEL_95);
    List<String> lines = new ArrayList<>();
    for (int h = 0; h < m; h++) {
      lines.add(String.join(",", s.name(), String.valueOf(origin), String.valueOf(h + 1), String.valueOf(mean[h]),
          String.valueOf(lower80[h]), String.valueOf(upper80[h]), String.valueOf(lower95[h]),
          String.valueOf(upper95[h]), selected.model()));
    }
    return lines;
  }
}
