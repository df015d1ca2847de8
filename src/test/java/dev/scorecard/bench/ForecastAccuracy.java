package dev.scorecard.bench;

import dev.scorecard.forecast.ModelSelection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The engine's side of the forecast accuracy bench: for every series of a panel CSV (see
 * {@link PanelCsv}), holds out its last season (12 months or 4 quarters), forecasts it with
 * {@link ModelSelection#forecast} from the rest (season length = the series' frequency) and
 * writes {@code series,h,forecast,model}. Scored against R's ets and statsmodels by
 * {@code bench/forecast/accuracy.sh}; not part of the product.
 */
public final class ForecastAccuracy {
  private ForecastAccuracy() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ForecastAccuracy <panel.csv> <forecasts.csv>");
      System.exit(2);
    }
    List<String> lines = new ArrayList<>(List.of("series,h,forecast,model"));
    for (PanelCsv.Series s : PanelCsv.read(Path.of(args[0]))) {
      lines.addAll(holdoutForecast(s));
    }
    PanelCsv.writeLines(Path.of(args[1]), lines);
  }

  /** The CSV lines of one series' forecast of its last season. */
  static List<String> holdoutForecast(PanelCsv.Series s) {
    int m = s.frequency();
    double[] train = Arrays.copyOf(s.values(), s.values().length - m);
    ModelSelection.Selected selected = ModelSelection.forecast(train, m, m);
    double[] mean = selected.forecast().mean();
    List<String> lines = new ArrayList<>();
    for (int h = 0; h < m; h++) {
      lines.add(s.name() + "," + (h + 1) + "," + mean[h] + "," + selected.model());
    }
    return lines;
  }
}
