package dev.scorecard.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The stages of the nightly run, in the order they run. Each reads only what the landing holds or
 * a stage before it writes ({@link #check}); adding a stage is one class and one line here.
 */
public final class Stages {
  public static final List<Stage> ALL = List.of(new IngestStage(), new KpisStage(), new ScoreStage(), new ForecastStage(),
      new StrategyLinksStage(), new AlertsStage());

  private Stages() {}

  /** The stage of this name, for the commands that run one stage. */
  public static Stage named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("Cannot find stage: " + name));
  }

  /** Fails unless every stage reads only the landing and what the stages before it write. */
  static void check(List<Stage> stages) {
    Set<String> available = new HashSet<>(List.of("landing"));
    for (Stage stage : stages) {
      for (String input : stage.reads()) {
        if (!available.contains(input) && !stage.writes().contains(input)) {
          throw new IllegalStateException("Stage " + stage.name() + " reads " + input + ", which no stage before it writes");
        }
      }
      available.addAll(stage.writes());
    }
  }
}
