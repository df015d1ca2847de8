package dev.scorecard.generate;

/**
 * What makes one location different from its peers, drawn once: its size, how good its manager
 * is, its own growth trend, how often its machines fail, and so on.
 *
 * @param size demand relative to an average store, 0.6-1.5
 * @param manager manager quality, a standard score: better managers train more, keep staff
 *     longer and serve faster
 * @param growth the store's own real growth per year
 * @param replacementMonth the month index from which the store has new machines, or -1
 * @param efficiency energy use relative to an average store
 */
record StoreProfile(String id, double size, double manager, double growth, double regionFactor,
    double incidentRate, int replacementMonth, double efficiency, double recyclingBase, double cogsRatio,
    int headcount, int poolStart) {

  static StoreProfile draw(String id, double regionFactor, int months, Draw draw) {
    double size = draw.uniform(0.6, 1.5);
    double manager = Decimals.clamp(draw.normal(0, 1), -2.2, 2.2);
    return new StoreProfile(id, size, manager, draw.uniform(0.0, 0.06), regionFactor,
        draw.uniform(0.12, 0.35),
        draw.chance(0.3) ? draw.index(Math.max(1, months)) : -1,
        draw.uniform(0.85, 1.2),
        draw.uniform(0.45, 0.72),
        draw.uniform(0.28, 0.32),
        (int) Math.round(5 + 6 * size),
        (int) Math.round(250 * size + draw.uniform(0, 150)));
  }

  /** The share of hours spent in training this store returns to, in percent. */
  double trainingLevel() {
    return 3.0 + 0.6 * manager;
  }

  /** The yearly staff turnover this store returns to (0.55 = 55% p.a.). */
  double turnoverLevel() {
    return Decimals.clamp(0.55 - 0.12 * manager, 0.2, 1.0);
  }
}
