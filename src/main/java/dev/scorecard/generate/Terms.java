package dev.scorecard.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A sum and difference of measures, such as {@code net_sales - cogs}: the only expression form
 * the generated KPIs use. Parsed from the text written to the YAML, so the value the target
 * calibration computes is the value the engine will compute.
 */
record Terms(String text, List<String> measures, List<Integer> signs) {

  static Terms parse(String text) {
    List<String> measures = new ArrayList<>();
    List<Integer> signs = new ArrayList<>();
    int sign = 1;
    for (String token : text.trim().split("\\s+")) {
      switch (token) {
        case "+" -> sign = 1;
        case "-" -> sign = -1;
        default -> {
          if (!token.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Cannot parse term '" + token + "' in: " + text);
          }
          measures.add(token);
          signs.add(sign);
          sign = 1;
        }
      }
    }
    if (measures.isEmpty()) {
      throw new IllegalArgumentException("Empty expression: '" + text + "'");
    }
    return new Terms(text, List.copyOf(measures), List.copyOf(signs));
  }

  double value(Totals totals) {
    double value = 0;
    for (int i = 0; i < measures.size(); i++) {
      value += signs.get(i) * totals.value(measures.get(i));
    }
    return value;
  }
}
