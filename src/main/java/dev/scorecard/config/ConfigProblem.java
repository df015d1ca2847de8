package dev.scorecard.config;

/** One thing wrong in a config file, said as {@code file: path.to.key: what is wrong}. */
public record ConfigProblem(String file, String key, String message) {
  @Override
  public String toString() {
    return key.isEmpty() ? file + ": " + message : file + ": " + key + ": " + message;
  }
}
