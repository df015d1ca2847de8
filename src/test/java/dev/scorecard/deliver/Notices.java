package dev.scorecard.deliver;

import dev.scorecard.config.AlertSettings;
import dev.scorecard.config.AlertSettings.Email;
import dev.scorecard.config.AlertSettings.Retry;
import dev.scorecard.config.AlertSettings.Webhook;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Notices and settings of tenant {@code acme} for the delivery tests. */
final class Notices {
  static final LocalDate NIGHT = LocalDate.of(2026, 10, 1);
  static final String SECRET_ENV = "SCORECARD_ACME_WEBHOOK_SECRET";
  static final String SECRET = "It's a Secret to Everybody";

  private Notices() {}

  static Notice opened() {
    return new Notice("9f2c41d07a3be815", Transition.OPENED, "acme", "status", "critical", "kpi", "on_time_delivery",
        "region", "north", "month", LocalDate.of(2026, 9, 1), 82.5, 95.0, List.of("store-12", "store-17"),
        "On-time delivery is red in region north: 82.5% against a target of 95%",
        "SELECT period_start, value, target, status FROM kpi_scores WHERE tenant_id = 'acme' "
            + "AND kpi_id = 'on_time_delivery' AND node_id = 'north' ORDER BY period_start",
        NIGHT, null);
  }

  static Notice resolved() {
    return new Notice("51be0c9de2f04a77", Transition.RESOLVED, "acme", "stale_source", "warning", "source", "pos",
        "location", "store-03", "month", LocalDate.of(2026, 9, 1), null, null, List.of(),
        "Source pos delivers data for store-03 again", null, LocalDate.of(2026, 9, 28), NIGHT);
  }

  /** A notice with markup and quotes in its message, as a tenant's file might carry. */
  static Notice unsafe() {
    return new Notice("0c7d", Transition.OPENED, "acme", "anomaly", "info", "kpi", "basket<size>", "location",
        "store-\"9\"", "week", LocalDate.of(2026, 9, 21), 1.0 / 3, null, List.of(),
        "<script>alert('x')</script> & more", null, NIGHT, null);
  }

  static Retry fast(int attempts) {
    return new Retry(attempts, Duration.ofMillis(20), Duration.ofMillis(500));
  }

  static AlertSettings webhook(URI url, Retry retry) {
    return settings(Optional.of(new Webhook(url, SECRET_ENV)), Optional.empty(), retry);
  }

  static AlertSettings email(Email email, Retry retry) {
    return settings(Optional.empty(), Optional.of(email), retry);
  }

  static Email smtp(int port) {
    return new Email("127.0.0.1", port, "scorecard@acme.example", List.of("ops@acme.example", "ceo@acme.example"),
        false, Optional.empty(), Optional.empty());
  }

  static AlertSettings settings(Optional<Webhook> webhook, Optional<Email> email, Retry retry) {
    AlertSettings d = AlertSettings.DEFAULT;
    return new AlertSettings(d.rules(), d.kpis(), d.grains(), d.subjects(), d.staleSource(), d.staleFactor(), d.dataQuality(),
        d.quarantineRatio(), d.foldShare(), webhook, email, retry);
  }
}
