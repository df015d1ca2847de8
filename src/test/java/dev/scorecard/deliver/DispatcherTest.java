package dev.scorecard.deliver;

import static dev.scorecard.deliver.Notices.NIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scorecard.config.AlertSettings;
import dev.scorecard.config.AlertSettings.Retry;
import dev.scorecard.config.AlertSettings.Webhook;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the dispatcher does without any receiver: nothing configured, nothing to send, previews. */
class DispatcherTest {
  private static final URI NOWHERE = URI.create("http://127.0.0.1:9/hook");
  private static final List<Notice> NOTICES = List.of(Notices.opened(), Notices.resolved());

  @Test
  void sendsNothingWhereNoChannelIsConfigured() {
    assertThat(Dispatcher.send("acme", NIGHT, AlertSettings.DEFAULT, NOTICES, Map.of(), name -> "x")).isEmpty();
  }

  @Test
  void sendsNothingWithoutNotices() {
    AlertSettings both = Notices.settings(Optional.of(new Webhook(NOWHERE, Notices.SECRET_ENV)),
        Optional.of(Notices.smtp(9)), Notices.fast(1));

    assertThat(Dispatcher.send("acme", NIGHT, both, List.of(), Map.of(), name -> "x")).isEmpty();
    assertThat(Dispatcher.preview("acme", NIGHT, both, List.of())).isEqualTo(new Preview(List.of(), Optional.empty()));
  }

  @Test
  void refusesANoticeOfAnotherTenant() {
    assertThatThrownBy(() -> Dispatcher.send("globex", NIGHT, AlertSettings.DEFAULT, NOTICES, Map.of(), n -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot deliver alert 9f2c41d07a3be815:opened of tenant acme with the alerts of tenant globex");
  }

  @Test
  void refusesARetryThatCannotRun() {
    AlertSettings zero = Notices.webhook(NOWHERE, new Retry(0, Duration.ofMillis(-1), Duration.ofSeconds(10)));

    assertThatThrownBy(() -> Dispatcher.send("acme", NIGHT, zero, NOTICES, Map.of(), n -> "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid retry: attempts 0 (must be at least 1), backoff PT-0.001S (must not be negative), "
            + "timeout PT10S (must be positive)");
  }

  @Test
  void previewsTheExactWebhookBodiesAndTheDigest() {
    AlertSettings both = Notices.settings(Optional.of(new Webhook(NOWHERE, Notices.SECRET_ENV)),
        Optional.of(Notices.smtp(9)), Notices.fast(1));

    Preview preview = Dispatcher.preview("acme", NIGHT, both, NOTICES);

    assertThat(preview.webhookBodies()).containsExactly(
        new String(WebhookBody.of(Notices.opened()), StandardCharsets.UTF_8),
        new String(WebhookBody.of(Notices.resolved()), StandardCharsets.UTF_8));
    assertThat(preview.email()).hasValue("From: scorecard@acme.example\nTo: ops@acme.example, ceo@acme.example\n"
        + "Subject: [scorecard] acme: 1 alert opened, 1 resolved on 2026-10-01\n\n"
        + EmailDigest.of("acme", NIGHT, NOTICES).text());
  }

  @Test
  void previewsOnlyWhatIsConfigured() {
    Preview preview = Dispatcher.preview("acme", NIGHT, Notices.email(Notices.smtp(25), Notices.fast(1)), NOTICES);

    assertThat(preview.webhookBodies()).isEmpty();
    assertThat(preview.email()).isPresent();
  }
}
