package dev.scorecard.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Location-month sums of a franchise tenant's columns, read from its landing files: the panel an
 * analyst would build to test the strategy map, computed here without the generator's code.
 */
final class Panel {
  /** location -> month (yyyy-MM) -> column -> sum. */
  private final Map<String, Map<String, Map<String, Double>>> sums = new TreeMap<>();

  /** Sums the numeric {@code columns} of a source by location and month of {@code dateColumn}. */
  Panel add(Path sourceDir, String dateColumn, String... columns) {
    Map<String, ToDoubleFunction<Map<String, String>>> derived = new LinkedHashMap<>();
    for (String column : columns) {
      derived.put(column, row -> parse(row.get(column)));
    }
    return add(sourceDir, dateColumn, derived);
  }

  /** Sums values derived from each row, such as 1 for a promoter, by location and month. */
  Panel add(Path sourceDir, String dateColumn, Map<String, ToDoubleFunction<Map<String, String>>> columns) {
    for (Path file : LandingFiles.files(sourceDir)) {
      for (Map<String, String> row : LandingFiles.rows(file)) {
        Map<String, Double> cell = sums.computeIfAbsent(row.get("location_id"), l -> new TreeMap<>())
            .computeIfAbsent(row.get(dateColumn).substring(0, 7), m -> new TreeMap<>());
        columns.forEach((name, column) -> cell.merge(name, column.applyAsDouble(row), Double::sum));
      }
    }
    return this;
  }

  List<String> locations() {
    return new ArrayList<>(sums.keySet());
  }

  /** The months of a location, in order. */
  List<String> months(String location) {
    return new ArrayList<>(sums.get(location).keySet());
  }

  double value(String location, String month, ToDoubleFunction<Map<String, Double>> kpi) {
    return kpi.applyAsDouble(sums.get(location).get(month));
  }

  /**
   * The correlation across location-months between the change of {@code cause} from month t-1-lag
   * to t-lag and the change of {@code effect} from t-1 to t.
   */
  double changeCorrelation(ToDoubleFunction<Map<String, Double>> cause, ToDoubleFunction<Map<String, Double>> effect,
      int lag) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (String location : locations()) {
      List<String> months = months(location);
      for (int t = lag + 1; t < months.size(); t++) {
        x.add(value(location, months.get(t - lag), cause) - value(location, months.get(t - lag - 1), cause));
        y.add(value(location, months.get(t), effect) - value(location, months.get(t - 1), effect));
      }
    }
    return new PearsonsCorrelation().correlation(
        x.stream().mapToDouble(Double::doubleValue).toArray(), y.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static double parse(String text) {
    return switch (text) {
      case "true" -> 1;
      case "false" -> 0;
      default -> Double.parseDouble(text);
    };
  }
}
