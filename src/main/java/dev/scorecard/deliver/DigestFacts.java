package dev.scorecard.deliver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The labelled lines the digest shows under an alert's message, in words a reader of the mail
 * needs (what, where, when, how far off, and the query to look closer), shared by the text and
 * the HTML so the two never say different things.
 */
final class DigestFacts {
  private DigestFacts() {}

  /** The line heading an alert: its severity and message. */
  static String headline(Notice n) {
    return "[" + n.severity() + "] " + n.message();
  }

  static List<Map.Entry<String, String>> of(Notice n) {
    List<Map.Entry<String, String>> facts = new ArrayList<>();
    facts.add(Map.entry("What", n.kind() + " of " + n.subjectType() + " " + n.subjectId()));
    facts.add(Map.entry("Where", n.nodeLevel() + " " + n.nodeId()
        + (n.children().isEmpty() ? "" : " (from " + String.join(", ", n.children()) + ")")));
    if (n.periodGrain() != null && n.periodStart() != null) {
      facts.add(Map.entry("Period", n.periodGrain() + " starting " + n.periodStart()));
    }
    if (n.value() != null || n.target() != null) {
      facts.add(Map.entry("Value", number(n.value()) + " (target " + number(n.target()) + ")"));
    }
    facts.add(Map.entry("Opened", String.valueOf(n.openedOn())));
    if (n.resolvedOn() != null) {
      facts.add(Map.entry("Resolved", n.resolvedOn().toString()));
    }
    if (n.query() != null && !n.query().isBlank()) {
      facts.add(Map.entry("Query", n.query()));
    }
    facts.add(Map.entry("Alert", n.deliveryId()));
    return facts;
  }

  /** {@code 82.5}, {@code 95} (no trailing {@code .0}), or {@code none}. */
  static String number(Double value) {
    return value == null || !Double.isFinite(value) ? "none"
        : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
