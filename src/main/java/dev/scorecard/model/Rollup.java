package dev.scorecard.model;

import java.util.List;

/**
 * How a parent's score comes from its children's (KPIs to objective, objectives to perspective,
 * perspectives to the node's whole score): the weighted mean of the children that have a score,
 * {@code sum(w * s) / sum(w)}, so children without data or target drop out and the weights of the
 * rest are renormalised. No scored child, no score.
 */
public final class Rollup {
  private Rollup() {}

  /** One child: its score (null when it has none) and its weight. */
  public record Child(Double score, double weight) {}

  /** A parent's score (null when no child was scored) and how many children counted. */
  public record Result(Double score, int scored, int children) {}

  public static Result weightedMean(List<Child> children) {
    double weighted = 0;
    double weights = 0;
    int scored = 0;
    for (Child child : children) {
      if (child.score() != null) {
        weighted += child.score() * child.weight();
        weights += child.weight();
        scored++;
      }
    }
    Double score = scored == 0 || weights == 0 ? null : weighted / weights;
    return new Result(score, scored, children.size());
  }
}
