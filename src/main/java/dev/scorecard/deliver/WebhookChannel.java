package dev.scorecard.deliver;

import dev.scorecard.config.AlertSettings.Retry;
import dev.scorecard.config.AlertSettings.Webhook;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Posts each notice to the tenant's webhook, signed, retrying within the run as {@link Attempts}
 * does. Once one notice could not get through (the receiver is down or keeps timing out), the
 * rest are left pending for the next run rather than each waiting out its own retries.
 */
final class WebhookChannel {
  static final String DELIVERY_HEADER = "X-Scorecard-Delivery";

  private final Webhook webhook;
  private final Retry retry;
  private final HttpClient client;

  WebhookChannel(Webhook webhook, Retry retry) {
    this.webhook = webhook;
    this.retry = retry;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(retry.timeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** One outcome per notice, in their order. */
  List<Outcome> send(List<Notice> notices, Function<String, String> env) {
    String secret = env.apply(webhook.secretEnv());
    List<Outcome> outcomes = new ArrayList<>();
    Outcome down = null;
    for (Notice notice : notices) {
      Outcome outcome = outcome(notice, secret, down);
      down = outcome.unreachable() ? outcome : down;
      outcomes.add(outcome);
    }
    return outcomes;
  }

  private Outcome outcome(Notice notice, String secret, Outcome down) {
    if (secret == null || secret.isEmpty()) {
      return Outcome.pending(Failures.unset(webhook.secretEnv()));
    }
    return down == null ? send(notice, secret)
        : Outcome.pending("not attempted: the webhook failed earlier in this run (" + down.response() + ")");
  }

  private Outcome send(Notice notice, String secret) {
    HttpRequest request = request(notice, WebhookBody.of(notice), secret);
    return Attempts.run(retry, () -> attempt(request));
  }

  private HttpRequest request(Notice notice, byte[] body, String secret) {
    return HttpRequest.newBuilder(webhook.url()).timeout(retry.timeout())
        .header("Content-Type", "application/json")
        .header(DELIVERY_HEADER, notice.deliveryId())
        .header(Signature.HEADER, Signature.header(secret, body))
        .POST(BodyPublishers.ofByteArray(body)).build();
  }

  private Attempt attempt(HttpRequest request) {
    try {
      var response = client.send(request, BodyHandlers.ofString());
      return Attempt.http(response.statusCode(), response.body());
    } catch (IOException e) {
      return Attempt.retry(Failures.describe(e, retry.timeout()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Attempt.rejected("interrupted");
    }
  }
}
