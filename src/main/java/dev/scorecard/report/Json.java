package dev.scorecard.report;

import java.util.List;
import java.util.Locale;

/** The little JSON the pages' charts read: strings, numbers or null, and arrays of them. */
final class Json {
  private Json() {}

  static String string(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '<' -> out.append("\\u003c");
        case '\n' -> out.append("\\n");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }

  static String number(Double d) {
    return d == null || d.isNaN() || d.isInfinite() ? "null" : String.format(Locale.ROOT, "%.10g", d).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
  }

  static String numbers(List<Double> values) {
    return "[" + String.join(",", values.stream().map(Json::number).toList()) + "]";
  }

  static String strings(List<String> values) {
    return "[" + String.join(",", values.stream().map(Json::string).toList()) + "]";
  }
}
