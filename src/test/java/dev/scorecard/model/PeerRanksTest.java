package dev.scorecard.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerRanksTest {
  @Test
  void tiesShareARankAndTheNextSkipsAndUnscoredNodesAreNoPeers() {
    Double[] scores = {70.0, 90.0, null, 70.0, 40.0};
    assertThat(PeerRanks.ranks(scores)).containsExactly(2, 1, null, 2, 4);
    assertThat(PeerRanks.peers(scores)).isEqualTo(4);
    // 100 * (4 - 2) / 3 = 66.67 for the tied pair; the best 100, the worst 0.
    assertThat(PeerRanks.percentile(2, 4)).isEqualTo(200.0 / 3);
    assertThat(PeerRanks.percentile(1, 4)).isEqualTo(100.0);
    assertThat(PeerRanks.percentile(4, 4)).isEqualTo(0.0);
    assertThat(PeerRanks.percentile(1, 1)).isEqualTo(100.0);
  }
}
