package dev.scorecard.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A YAML document written as text, so it can carry comments and keep a person's layout: short
 * entries as one-line flow mappings, aligned trailing comments. Values are quoted only where YAML
 * would misread them, so what a parser reads back is the text written.
 */
final class YamlText {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9 ._/()-]*");
  private static final Pattern RESERVED = Pattern.compile("(?i)true|false|yes|no|on|off|null|y|n|~");
  private static final int COMMENT_COLUMN = 36;
  private final StringBuilder text = new StringBuilder();

  /** One or more comment lines; {@code \n} in {@code comment} starts a new one. */
  YamlText comment(int indent, String comment) {
    for (String line : comment.split("\n", -1)) {
      text.append(" ".repeat(indent)).append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    return this;
  }

  YamlText line(int indent, String content) {
    text.append(" ".repeat(indent)).append(content).append('\n');
    return this;
  }

  /** A line with a trailing comment, aligned when the content is short enough. */
  YamlText line(int indent, String content, String comment) {
    String body = " ".repeat(indent) + content;
    text.append(body).append(" ".repeat(Math.max(1, COMMENT_COLUMN - body.length()))).append("# ")
        .append(comment).append('\n');
    return this;
  }

  YamlText blank() {
    text.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  /** A string as a YAML scalar: plain when it is safe, else double-quoted with escapes. */
  static String scalar(String value) {
    boolean plain = PLAIN.matcher(value).matches() && !value.endsWith(" ") && !RESERVED.matcher(value).matches();
    return plain ? value : '"' + escape(value) + '"';
  }

  /** Backslash, quote and control characters escaped for a double-quoted scalar. */
  private static String escape(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
      }
    }
    return out.toString();
  }

  /** A number without trailing zeros: {@code 30}, {@code 0.5}. */
  static String number(double value) {
    BigDecimal stripped = BigDecimal.valueOf(value).stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** A one-line flow mapping from alternating keys and already formatted values. */
  static String flow(List<String> keysAndValues) {
    if (keysAndValues.isEmpty()) {
      return "{}";
    }
    StringBuilder flow = new StringBuilder("{ ");
    for (int i = 0; i < keysAndValues.size(); i += 2) {
      flow.append(i == 0 ? "" : ", ").append(keysAndValues.get(i)).append(": ").append(keysAndValues.get(i + 1));
    }
    return flow.append(" }").toString();
  }

  /** A one-line flow sequence of texts, each quoted where needed. */
  static String list(List<String> texts) {
    return "[" + String.join(", ", texts.stream().map(YamlText::scalar).toList()) + "]";
  }
}
