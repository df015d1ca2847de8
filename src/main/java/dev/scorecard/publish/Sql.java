package dev.scorecard.publish;

/** Spark SQL text for the predicates of {@code replaceWhere}. */
final class Sql {
  private Sql() {}

  /** {@code text} as a Spark SQL string literal; backslashes and quotes escaped, so any file name is safe. */
  static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
