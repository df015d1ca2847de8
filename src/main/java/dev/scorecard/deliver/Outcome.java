package dev.scorecard.deliver;

import java.time.Instant;

/**
 * What became of one delivery in this run, before the attempts of earlier runs are added: the
 * part of a {@link Delivery} a channel knows.
 *
 * @param attempts attempts made in this run
 * @param unreachable every attempt failed in a way another attempt might not (down, busy, timed
 *     out), so later deliveries to the same receiver in this run would most likely fail too
 */
record Outcome(DeliveryStatus status, int attempts, String response, Instant deliveredAt, boolean unreachable) {

  /** Not attempted, for the reason given; the next run tries again. */
  static Outcome pending(String why) {
    return new Outcome(DeliveryStatus.PENDING, 0, why, null, false);
  }

  /** The last of {@code attempts} attempts decides: accepted is delivered, anything else failed. */
  static Outcome after(int attempts, Attempt last) {
    return switch (last.verdict()) {
      case ACCEPTED -> new Outcome(DeliveryStatus.DELIVERED, attempts, last.response(), Instant.now(), false);
      case RETRY -> new Outcome(DeliveryStatus.FAILED, attempts, last.response(), null, true);
      case REJECTED -> new Outcome(DeliveryStatus.FAILED, attempts, last.response(), null, false);
    };
  }

  /** The row of {@code alert_deliveries}, with the attempts of earlier runs added. */
  Delivery of(Notice notice, String channel, int attemptsBefore) {
    return new Delivery(notice.alertId(), notice.transition(), channel, attemptsBefore + attempts, status, response,
        deliveredAt);
  }
}
