package dev.scorecard.report;

/**
 * One node's overall score in the report's period, from {@code scorecard}: the header of its page
 * and its row in a league table.
 *
 * @param regionId the region a location belongs to (its parent); the node's own id for a region,
 *     null for the org
 * @param change score minus the score of the month before; null when either is missing
 */
public record NodeScore(String level, String id, String name, String regionId, Double score, String status,
    Integer rank, Integer peerCount, Double percentile, Double change, boolean provisional) {

  public static final String ORG = "org";
  public static final String REGION = "region";
  public static final String LOCATION = "location";

  public boolean isOrg() {
    return ORG.equals(level);
  }

  public boolean isLocation() {
    return LOCATION.equals(level);
  }
}
