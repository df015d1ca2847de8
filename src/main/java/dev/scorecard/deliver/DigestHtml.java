package dev.scorecard.deliver;

import org.apache.commons.text.StringEscapeUtils;

import java.util.List;
import java.util.Map;

/**
 * The HTML part of the digest: the same content as the text, with every value escaped (messages
 * and ids come from tenants' files and must never become markup).
 */
final class DigestHtml {
  private DigestHtml() {}

  static String of(String subject, List<Notice> opened, List<Notice> resolved) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        .append(escape(subject)).append("</title></head>\n<body style=\"font-family:sans-serif\">\n<h1>")
        .append(escape(subject)).append("</h1>\n");
    group(html, "Opened", opened);
    group(html, "Resolved", resolved);
    return html.append("</body></html>\n").toString();
  }

  /** Text safe in the mail's HTML; non-ASCII as entities too, which every mail client reads. */
  static String escape(String value) {
    return StringEscapeUtils.escapeHtml4(value);
  }

  private static void group(StringBuilder html, String title, List<Notice> notices) {
    if (!notices.isEmpty()) {
      html.append("<h2>").append(title).append(" (").append(notices.size()).append(")</h2>\n");
      notices.forEach(n -> notice(html, n));
    }
  }

  private static void notice(StringBuilder html, Notice n) {
    html.append("<p><strong>").append(escape(DigestFacts.headline(n))).append("</strong></p>\n<table>\n");
    for (Map.Entry<String, String> fact : DigestFacts.of(n)) {
      String value = escape(fact.getValue());
      html.append("<tr><th align=\"left\" valign=\"top\">").append(fact.getKey()).append("</th><td>")
          .append(fact.getKey().equals("Query") ? "<pre>" + value + "</pre>" : value).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }
}
