package dev.scorecard.deliver;

import dev.scorecard.config.AlertSettings;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Delivers one tenant's alert openings and resolutions of one night to the channels its
 * {@code alerts:} section configures: each notice as a signed webhook post, all of them as one
 * email digest. Nothing here throws for a receiver's trouble; every outcome is a {@link Delivery}
 * row, so the run goes on and the next run retries what did not arrive.
 */
public final class Dispatcher {
  private Dispatcher() {}

  /**
   * Sends the notices and says what became of each on each configured channel (none for a channel
   * that is not configured, none at all for no notices).
   *
   * @param notices the tenant's notices still to deliver: new ones and those not yet delivered
   * @param attemptsBefore attempts of earlier runs, by {@link Delivery#key}; absent means none
   * @param env the environment variables holding secrets, e.g. {@code System::getenv}
   */
  public static List<Delivery> send(String tenantId, LocalDate night, AlertSettings settings, List<Notice> notices,
      Map<String, Integer> attemptsBefore, Function<String, String> env) {
    checkTenant(tenantId, notices);
    List<Delivery> deliveries = new ArrayList<>();
    settings.webhook().filter(w -> !notices.isEmpty()).ifPresent(webhook -> {
      List<Outcome> outcomes = new WebhookChannel(webhook, settings.retry()).send(notices, env);
      for (int i = 0; i < notices.size(); i++) {
        deliveries.add(row(notices.get(i), Delivery.WEBHOOK, outcomes.get(i), attemptsBefore));
      }
    });
    settings.email().filter(e -> !notices.isEmpty()).ifPresent(email -> {
      Outcome outcome = new EmailChannel(email, settings.retry()).send(EmailDigest.of(tenantId, night, notices), env);
      notices.forEach(n -> deliveries.add(row(n, Delivery.EMAIL, outcome, attemptsBefore)));
    });
    return deliveries;
  }

  /** What {@link #send} would send, without sending: for {@code scorecard alerts --dry-run}. */
  public static Preview preview(String tenantId, LocalDate night, AlertSettings settings, List<Notice> notices) {
    checkTenant(tenantId, notices);
    List<String> bodies = settings.webhook().isEmpty() ? List.of()
        : notices.stream().map(n -> new String(WebhookBody.of(n), StandardCharsets.UTF_8)).toList();
    Optional<String> email = settings.email().filter(e -> !notices.isEmpty())
        .map(e -> headers(e, EmailDigest.of(tenantId, night, notices)));
    return new Preview(bodies, email);
  }

  private static Delivery row(Notice notice, String channel, Outcome outcome, Map<String, Integer> attemptsBefore) {
    return outcome.of(notice, channel, attemptsBefore.getOrDefault(Delivery.key(notice, channel), 0));
  }

  private static String headers(AlertSettings.Email email, EmailDigest digest) {
    return "From: " + email.from() + "\nTo: " + String.join(", ", email.to()) + "\nSubject: " + digest.subject()
        + "\n\n" + digest.text();
  }

  private static void checkTenant(String tenantId, List<Notice> notices) {
    notices.stream().filter(n -> !n.tenantId().equals(tenantId)).findFirst().ifPresent(n -> {
      throw new IllegalArgumentException(String.format(
          "Cannot deliver alert %s of tenant %s with the alerts of tenant %s", n.deliveryId(), n.tenantId(), tenantId));
    });
  }
}
