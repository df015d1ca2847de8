package dev.scorecard.strategymap;

import java.util.Locale;

/** What the data says about an arrow of the strategy map. */
public enum Verdict {
  /** A clear positive association at some lag: better cause, better effect later (or at once). */
  SUPPORTED,
  /** Data enough to judge, but no clear association either way. */
  WEAK,
  /** A clear association the wrong way: a better cause goes with a worse effect. */
  CONTRADICTED,
  /** Too few locations or periods to judge; never a guess. */
  INSUFFICIENT_DATA;

  /** The name written to {@code strategy_links.verdict}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
