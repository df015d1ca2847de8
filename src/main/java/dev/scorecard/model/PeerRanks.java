package dev.scorecard.model;

import java.util.Arrays;

/**
 * How a node stands among its peers (same level, same parent, same period): rank 1 is the best
 * score, equal scores share a rank and the next rank skips (1, 2, 2, 4), and the percentile is
 * {@code 100 * (peers - rank) / (peers - 1)}: 100 for the best, 0 for the worst, 100 when alone.
 * Nodes without a score have no rank and are not peers.
 */
public final class PeerRanks {
  private PeerRanks() {}

  /** The rank of each score (null for a node without one), in the order given. */
  public static Integer[] ranks(Double[] scores) {
    Integer[] ranks = new Integer[scores.length];
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] != null) {
        int better = 0;
        for (Double other : scores) {
          if (other != null && other > scores[i]) {
            better++;
          }
        }
        ranks[i] = better + 1;
      }
    }
    return ranks;
  }

  /** How many of {@code scores} have a score: the peer count. */
  public static int peers(Double[] scores) {
    return (int) Arrays.stream(scores).filter(s -> s != null).count();
  }

  public static double percentile(int rank, int peers) {
    return peers <= 1 ? 100.0 : 100.0 * (peers - rank) / (peers - 1);
  }
}
