package dev.scorecard.report;

import org.apache.commons.text.StringEscapeUtils;

/** Escaping text for HTML and SVG, the one place the report turns data into markup. */
final class Html {
  private Html() {}

  /**
   * Text safe inside an element or a quoted attribute: the five markup characters escaped, the rest
   * (euro signs, dashes, arrows) left as they are, since the page is UTF-8.
   */
  static String esc(String text) {
    return text == null ? "" : StringEscapeUtils.escapeXml10(text);
  }

  /** A status chip: a coloured label whose class names the status ({@code status-green}). */
  static String chip(String status) {
    String s = status == null ? "no_data" : status;
    return "<span class=\"chip status-" + esc(s) + "\">" + esc(Numbers.statusLabel(s)) + "</span>";
  }
}
