package dev.scorecard.deliver;

import java.util.Locale;

/**
 * Where one alert transition stands on one channel, as {@code alert_deliveries.status} records it.
 * Only {@link #DELIVERED} is final: the next run tries the others again, so a receiver that was down
 * for a night still hears of every alert.
 */
public enum DeliveryStatus {
  /** The receiver accepted it: the webhook answered 2xx, or the SMTP server accepted the message. */
  DELIVERED,
  /**
   * It could not be attempted, for example because the environment variable holding the webhook's
   * secret or the SMTP password is not set; it is tried again on the next run.
   */
  PENDING,
  /**
   * It was attempted in this run and every attempt failed; it is tried again on the next run, and
   * the attempts of all runs add up.
   */
  FAILED;

  /** The name in {@code alert_deliveries}: {@code delivered}, {@code pending}, {@code failed}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
