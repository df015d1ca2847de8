package dev.scorecard.forecast;

import org.apache.commons.math3.analysis.MultivariateFunction;
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
 * BOBYQA for two or more (BOBYQA needs at least two).
 */
final class Minimizer {
  private static final int MAX_EVAL = 5000;
  /** BOBYQA's first step; at most half the narrowest box side (phi's is 0.18). */
  private static final double START_RADIUS = 0.05;
  private static final double STOP_RADIUS = 1e-8;

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
    return new BOBYQAOptimizer(2 * start.length + 1, START_RADIUS, STOP_RADIUS)
        .optimize(new MaxEval(MAX_EVAL), new ObjectiveFunction(f), GoalType.MINIMIZE,
            new InitialGuess(start), new SimpleBounds(lower, upper))
        .getPoint();
  }
}
