package dev.scorecard.forecast;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Minimises a function inside a box with Commons Math: Brent's method for one variable,
 * BOBYQA for two or more (BOBYQA needs at least two), and a coarse grid when BOBYQA gives up.
 */
final class Minimizer {
  private static final int MAX_EVAL = 5000;
  /** BOBYQA's first step; at most half the narrowest box side (phi's is 0.18). */
  private static final double START_RADIUS = 0.05;
  private static final double STOP_RADIUS = 1e-8;
  private static final int GRID_POINTS = 8;

  private Minimizer() {}

  static double[] minimize(MultivariateFunction f, double[] lower, double[] upper, double[] start) {
    return start.length == 1 ? brent(f, lower[0], upper[0], start[0]) : bobyqa(f, lower, upper, start);
  }

  private static double[] brent(MultivariateFunction f, double lower, double upper, double start) {
    double x = new BrentOptimizer(1e-10, 1e-12)
        .optimize(new MaxEval(MAX_EVAL), new UnivariateObjectiveFunction(v -> f.value(new double[] {v})),
            GoalType.MINIMIZE, new SearchInterval(lower, upper, start))
        .getPoint();
    return new double[] {x};
  }

  private static double[] bobyqa(MultivariateFunction f, double[] lower, double[] upper, double[] start) {
    try {
      return new BOBYQAOptimizer(2 * start.length + 1, START_RADIUS, STOP_RADIUS)
          .optimize(new MaxEval(MAX_EVAL), new ObjectiveFunction(f), GoalType.MINIMIZE,
              new InitialGuess(start), new SimpleBounds(lower, upper))
          .getPoint();
    } catch (MathIllegalStateException e) {
      // BOBYQA gives up on flat or degenerate surfaces ("trust region step has failed to reduce
      // Q", too many evaluations): the best point of a coarse grid over the box is good enough.
      return grid(f, lower, upper, start);
    }
  }

  /** The best of {@code GRID_POINTS} evenly spaced values per variable inside the box, and the start. */
  static double[] grid(MultivariateFunction f, double[] lower, double[] upper, double[] start) {
    double[] best = start.clone();
    double bestValue = f.value(best);
    int[] index = new int[start.length];
    int total = (int) Math.pow(GRID_POINTS, start.length);
    for (int n = 0; n < total; n++) {
      double[] x = new double[start.length];
      for (int d = 0, rest = n; d < x.length; d++, rest /= GRID_POINTS) {
        index[d] = rest % GRID_POINTS;
        x[d] = lower[d] + (upper[d] - lower[d]) * (index[d] + 0.5) / GRID_POINTS;
      }
      double value = f.value(x);
      if (value < bestValue) {
        bestValue = value;
        best = x;
      }
    }
    return best;
  }
}
