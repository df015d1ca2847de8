package dev.scorecard.deliver;

import java.time.Instant;

/**
 * What became of one alert transition on one channel: a row of {@code alert_deliveries}.
 *
 * @param channel {@code webhook} or {@code email}
 * @param attempts attempts of all runs so far, this one included
 * @param lastResponse what the last attempt came to, in words: {@code HTTP 200}, {@code HTTP 503},
 *     {@code timeout after 10 s}, {@code connection refused}, the SMTP server's reply, or why it
 *     could not be attempted
 * @param deliveredAt when the receiver accepted it; null unless {@code status} is delivered
 */
public record Delivery(
    String alertId,
    Transition transition,
    String channel,
    int attempts,
    DeliveryStatus status,
    String lastResponse,
    Instant deliveredAt) {

  public static final String WEBHOOK = "webhook";
  public static final String EMAIL = "email";

  /** The key of {@code attemptsBefore} in {@link Dispatcher#send}: {@code <delivery id>|<channel>}. */
  public static String key(Notice notice, String channel) {
    return notice.deliveryId() + "|" + channel;
  }
}
