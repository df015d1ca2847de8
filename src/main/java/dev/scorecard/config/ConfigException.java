package dev.scorecard.config;

import java.util.List;
import java.util.stream.Collectors;

/** Config that cannot be used; carries every problem found, not just the first. */
public class ConfigException extends RuntimeException {
  private final List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }
}
