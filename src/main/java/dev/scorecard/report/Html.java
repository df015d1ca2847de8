package dev.scorecard.report;

/** Escaping text for HTML and SVG, the one place the report turns data into markup. */
final class Html {
  private Html() {}

  /** Text safe inside an element or a double-quoted attribute. */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A status chip: a coloured label whose class names the status ({@code status-green}). */
  static String chip(String status) {
    String s = status == null ? "no_data" : status;
    return "<span class=\"chip status-" + esc(s) + "\">" + esc(Numbers.statusLabel(s)) + "</span>";
  }
}
