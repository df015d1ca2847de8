package dev.scorecard.config;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one config file, so that all are reported at once. */
final class Problems {
  private final String file;
  private final List<ConfigProblem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void add(String key, String message, Object... args) {
    found.add(new ConfigProblem(file, key, String.format(message, args)));
  }

  /** Whether a problem was already found at {@code key} or below it. */
  boolean about(String key) {
    return found.stream().anyMatch(p -> p.key().equals(key) || p.key().startsWith(key + ".") || p.key().startsWith(key + "["));
  }

  List<ConfigProblem> all() {
    return List.copyOf(found);
  }
}
