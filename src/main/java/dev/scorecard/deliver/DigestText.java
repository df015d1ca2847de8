package dev.scorecard.deliver;

import java.util.List;
import java.util.Map;

/** The plain-text part of the digest: readable in any mail client and in a terminal. */
final class DigestText {
  private DigestText() {}

  static String of(String subject, List<Notice> opened, List<Notice> resolved) {
    StringBuilder text = new StringBuilder(subject).append("\n");
    group(text, "Opened", opened);
    group(text, "Resolved", resolved);
    return text.toString();
  }

  private static void group(StringBuilder text, String title, List<Notice> notices) {
    if (notices.isEmpty()) {
      return;
    }
    String heading = title + " (" + notices.size() + ")";
    text.append("\n").append(heading).append("\n").append("=".repeat(heading.length())).append("\n");
    notices.forEach(n -> notice(text, n));
  }

  private static void notice(StringBuilder text, Notice n) {
    text.append("\n").append(DigestFacts.headline(n)).append("\n");
    for (Map.Entry<String, String> fact : DigestFacts.of(n)) {
      String value = fact.getValue().replace("\n", "\n            ");
      text.append("  ").append(String.format("%-9s ", fact.getKey() + ":")).append(value).append("\n");
    }
  }
}
