package dev.scorecard.generate;

import static dev.scorecard.generate.Decimals.clamp;

/**
 * One survey answer drawn from the customer's rating on a continuous 0-10 scale: the NPS
 * question is the rounded rating, CSAT (1-5) follows it with its own noise.
 */
record Survey(int nps, int csat) {
  /** Spread of individual ratings around the month's mean satisfaction. */
  static final double SPREAD = 1.6;

  static Survey draw(double satisfaction, Draw draw) {
    double rating = draw.normal(satisfaction, SPREAD);
    int nps = (int) clamp(Math.round(rating), 0, 10);
    int csat = (int) clamp(Math.round(0.42 * rating + 0.75 + draw.normal(0, 0.45)), 1, 5);
    return new Survey(nps, csat);
  }

  void addTo(Totals totals) {
    totals.add("responses", 1);
    totals.add("promoters", nps >= 9 ? 1 : 0);
    totals.add("detractors", nps <= 6 ? 1 : 0);
    totals.add("csat_sum", csat);
  }
}
