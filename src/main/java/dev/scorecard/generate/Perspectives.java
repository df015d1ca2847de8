package dev.scorecard.generate;

import dev.scorecard.config.PerspectiveSpec;
import java.util.List;

/** The four Kaplan-Norton perspectives plus sustainability, with the weights both tenants use. */
final class Perspectives {
  private Perspectives() {}

  static List<PerspectiveSpec> standard() {
    return List.of(
        new PerspectiveSpec("financial", "Financial", 30),
        new PerspectiveSpec("customer", "Customer", 25),
        new PerspectiveSpec("internal_process", "Internal process", 20),
        new PerspectiveSpec("learning_growth", "Learning and growth", 15),
        new PerspectiveSpec("sustainability", "Sustainability", 10));
  }
}
