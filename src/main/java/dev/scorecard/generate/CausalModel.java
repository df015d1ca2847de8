package dev.scorecard.generate;

import static dev.scorecard.generate.Decimals.clamp;

/**
 * The cause-and-effect chain of a coffee store, month by month. It is what the strategy map
 * claims, built in so the engine's link tests have something real to find:
 *
 * <ul>
 *   <li>training intensity wanders (a mean-reverting walk around the manager's habit);
 *   <li>this month's on-time rate rises with last month's realised training share and falls
 *       with last month's leavers (the rows also lose on-time on days with downtime);
 *   <li>this month's satisfaction (and so NPS, CSAT, complaints) rises with last month's
 *       realised on-time rate;
 *   <li>this month's demand rises with the satisfaction of the two months before.
 * </ul>
 *
 * Each step adds noise, so the links show in month-over-month panel correlations across
 * stores without being perfect.
 */
final class CausalModel {
  /** On-time gain per point of training share (0.016 = 1.6 points of on-time rate). */
  static final double TRAINING_EFFECT = 0.016;
  /** On-time loss per leaver per head of staff. */
  static final double LEAVER_EFFECT = 0.18;
  /** Satisfaction gain per point of on-time rate. */
  static final double SERVICE_EFFECT = 0.08;
  /** Log demand gain per unit of satisfaction. */
  static final double WORD_OF_MOUTH = 0.25;
  static final double SATISFACTION_MEAN = 8.15;

  private CausalModel() {}

  static Drivers initial(StoreProfile store, Draw draw) {
    double training = clamp(store.trainingLevel() + draw.normal(0, 0.8), 0.3, 9);
    double onTime = onTime(store, training, store.turnoverLevel() / 12, 0);
    double satisfaction = satisfaction(store, onTime, 0);
    return new Drivers(training, store.turnoverLevel(), onTime, satisfaction, satisfaction,
        demand(satisfaction, satisfaction), store.incidentRate(), store.efficiency(), store.recyclingBase(),
        store.cogsRatio());
  }

  /**
   * Month {@code index}'s drivers from the previous month's drivers and realised rows; {@code causation}
   * scales every effect of one driver on another (0 leaves each to wander on its own).
   */
  static Drivers next(StoreProfile store, Drivers prev, Realised last, int index, Draw draw, double causation) {
    double training = clamp(store.trainingLevel() + 0.7 * (prev.training() - store.trainingLevel())
        + draw.normal(0, 0.8), 0.3, 9);
    double turnover = clamp(store.turnoverLevel() + 0.5 * (prev.turnover() - store.turnoverLevel())
        + draw.normal(0, 0.12), 0.1, 1.6);
    double onTime = onTime(store, scaled(last.trainingPct(), 3.0, causation),
        scaled(last.leaversPerHead(), 0, causation), draw.normal(0, 0.01));
    double satisfaction = clamp(satisfaction(store, scaled(last.onTime(), 0.86, causation), draw.normal(0, 0.08)),
        5.5, 9.8);
    boolean newMachines = store.replacementMonth() >= 0 && index >= store.replacementMonth();
    double incidents = store.incidentRate() * (newMachines ? 0.45 : 1) * (draw.chance(0.1) ? 2.5 : 1);
    double efficiency = clamp(0.8 * prev.efficiency() + 0.2 * store.efficiency() * (1 - 0.02 * index / 12.0)
        + draw.normal(0, 0.04), 0.6, 1.5);
    double recycling = clamp(0.7 * prev.recycling() + 0.3 * (store.recyclingBase() + 0.03 * index / 12.0)
        + draw.normal(0, 0.02), 0.2, 0.95);
    double cogs = clamp(0.8 * prev.cogsRatio() + 0.2 * store.cogsRatio() + draw.normal(0, 0.003), 0.25, 0.36);
    return new Drivers(training, turnover, onTime, satisfaction, prev.satisfaction(),
        demand(scaled(prev.satisfaction(), SATISFACTION_MEAN, causation),
            scaled(prev.satisfactionBefore(), SATISFACTION_MEAN, causation)), incidents, efficiency, recycling, cogs);
  }

  /** A cause's value as its effect sees it: itself as built, pulled to {@code neutral} as causation fades. */
  private static double scaled(double cause, double neutral, double causation) {
    return causation == 1 ? cause : neutral + causation * (cause - neutral);
  }

  private static double onTime(StoreProfile store, double trainingPct, double leaversPerHead, double noise) {
    return clamp(0.865 + 0.015 * store.manager() + TRAINING_EFFECT * (trainingPct - 3.0)
        - LEAVER_EFFECT * leaversPerHead + noise, 0.6, 0.985);
  }

  private static double satisfaction(StoreProfile store, double onTime, double noise) {
    return SATISFACTION_MEAN + SERVICE_EFFECT * (100 * onTime - 86) + 0.08 * store.manager() + noise;
  }

  private static double demand(double lastMonth, double monthBefore) {
    return Math.exp(WORD_OF_MOUTH * ((lastMonth + monthBefore) / 2 - SATISFACTION_MEAN));
  }
}
