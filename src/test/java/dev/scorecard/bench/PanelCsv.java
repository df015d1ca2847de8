package dev.scorecard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Series in the long CSV the forecast benches share with R and Python: a header naming at least
 * {@code series}, {@code frequency} and {@code value}, then one row per observation in time
 * order. Plain comma splitting: the bench files hold no quoted fields.
 */
final class PanelCsv {
  private PanelCsv() {}

  /** One series: its name, its season length (12 months, 4 quarters) and its values in time order. */
  record Series(String name, int frequency, double[] values) {}

  static List<Series> read(Path file) {
    List<String> lines = lines(file);
    List<String> header = List.of(lines.get(0).split(","));
    int name = column(header, "series", file);
    int frequency = column(header, "frequency", file);
    int value = column(header, "value", file);
    Map<String, List<String[]>> rows = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",");
      rows.computeIfAbsent(fields[name], k -> new ArrayList<>()).add(fields);
    }
    return rows.entrySet().stream().map(e -> new Series(e.getKey(), Integer.parseInt(e.getValue().get(0)[frequency]),
        e.getValue().stream().mapToDouble(f -> Double.parseDouble(f[value])).toArray())).toList();
  }

  /** Writes {@code series,frequency,t,value} rows, t counting from 1 in each series. */
  static void write(Path file, List<Series> panel) {
    List<String> lines = new ArrayList<>(List.of("series,frequency,t,value"));
    for (Series s : panel) {
      for (int t = 0; t < s.values().length; t++) {
        lines.add(s.name() + "," + s.frequency() + "," + (t + 1) + "," + s.values()[t]);
      }
    }
    writeLines(file, lines);
  }

  static void writeLines(Path file, List<String> lines) {
    try {
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException(String.format("Cannot read panel %s: the file is empty", file));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static int column(List<String> header, String name, Path file) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException(String.format("Cannot read panel %s: no column '%s' in %s", file, name, header));
    }
    return index;
  }
}
