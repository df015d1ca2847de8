package dev.scorecard.generate;

import dev.scorecard.generate.Scorecard.Perspective;
import java.util.List;

/** The four Kaplan-Norton perspectives plus sustainability, with the weights both tenants use. */
final class Perspectives {
  private Perspectives() {}

  static List<Perspective> standard() {
    return List.of(
        new Perspective("financial", "Financial", 30),
        new Perspective("customer", "Customer", 25),
        new Perspective("internal_process", "Internal process", 20),
        new Perspective("learning_growth", "Learning and growth", 15),
        new Perspective("sustainability", "Sustainability", 10));
  }
}
