package dev.scorecard.deliver;

import static dev.scorecard.deliver.Notices.NIGHT;
import static dev.scorecard.deliver.Notices.SECRET;
import static dev.scorecard.deliver.Notices.SECRET_ENV;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scorecard.config.AlertSettings;
import dev.scorecard.config.AlertSettings.Retry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhook posts to a real HTTP server on loopback. */
class WebhookDeliveryTest {
  /** {@code openssl dgst -sha256 -hmac "It's a Secret to Everybody"} over the body of {@link Notices#opened}. */
  private static final String OPENED_SIGNATURE =
      "sha256=37ed2436b3dd63310f4959588347eb0285eb7c5ea2dbd9a897f8fac106900837";
  private static final Map<String, String> ENV = Map.of(SECRET_ENV, SECRET);

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void deliversASignedPostTheFirstTime() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("thanks").build());
    Instant before = Instant.now();

    Delivery delivery = sendOne(Notices.fast(3), Map.of(), ENV);

    assertThat(delivery).extracting(Delivery::alertId, Delivery::transition, Delivery::channel, Delivery::attempts,
        Delivery::status, Delivery::lastResponse)
        .containsExactly("9f2c41d07a3be815", Transition.OPENED, "webhook", 1, DeliveryStatus.DELIVERED, "HTTP 200");
    assertThat(delivery.deliveredAt()).isBetween(before, Instant.now());
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/hooks/scorecard");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("X-Scorecard-Delivery")).isEqualTo("9f2c41d07a3be815:opened");
    assertThat(request.getHeaders().get("X-Scorecard-Signature")).isEqualTo(OPENED_SIGNATURE);
    JsonNode body = new ObjectMapper().readTree(request.getBody().utf8());
    assertThat(body.get("tenant_id").asText()).isEqualTo("acme");
    assertThat(body.get("node_id").asText()).isEqualTo("north");
    assertThat(body.get("period_start").asText()).isEqualTo("2026-09-01");
    assertThat(body.get("value").asDouble()).isEqualTo(82.5);
    assertThat(body.get("children")).hasSize(2);
    assertThat(body.get("resolved_on").isNull()).isTrue();
  }

  @Test
  void retriesAServerThatIsUnavailableUntilItAccepts() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).body("Service Unavailable").build());
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(200).build());

    Delivery delivery = sendOne(Notices.fast(3), Map.of(), ENV);

    assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(delivery.attempts()).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      assertThat(server.takeRequest().getHeaders().get("X-Scorecard-Signature")).isEqualTo(OPENED_SIGNATURE);
    }
  }

  @Test
  void givesUpAfterTheConfiguredAttemptsWhenTheServerNeverAnswers() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    }
    Retry retry = new Retry(2, Duration.ofMillis(10), Duration.ofMillis(300));

    Delivery delivery = sendOne(retry, Map.of(), ENV);

    assertThat(delivery).extracting(Delivery::status, Delivery::attempts, Delivery::lastResponse, Delivery::deliveredAt)
        .containsExactly(DeliveryStatus.FAILED, 2, "timeout after 300 ms", null);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest(name = "HTTP {0} is tried again")
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void retriesWhatMayPass(int code) {
    server.enqueue(new MockResponse.Builder().code(code).build());
    server.enqueue(new MockResponse.Builder().code(204).build());

    Delivery delivery = sendOne(Notices.fast(3), Map.of(), ENV);

    assertThat(delivery).extracting(Delivery::status, Delivery::attempts, Delivery::lastResponse)
        .containsExactly(DeliveryStatus.DELIVERED, 2, "HTTP 204");
  }

  @ParameterizedTest(name = "HTTP {0} is not tried again in the run")
  @ValueSource(ints = {400, 401, 403, 404, 410, 422})
  void doesNotRetryARejection(int code) {
    server.enqueue(new MockResponse.Builder().code(code).body("  bad\n payload " + "x".repeat(300)).build());

    Delivery delivery = sendOne(Notices.fast(3), Map.of(), ENV);

    assertThat(delivery).extracting(Delivery::status, Delivery::attempts)
        .containsExactly(DeliveryStatus.FAILED, 1);
    assertThat(delivery.lastResponse()).isEqualTo("HTTP " + code + ": bad payload " + "x".repeat(188));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void waitsWithoutARequestWhileTheSecretIsUnset() {
    List<Delivery> deliveries = Dispatcher.send("acme", NIGHT, settings(Notices.fast(3)),
        List.of(Notices.opened(), Notices.resolved()), Map.of(), name -> null);

    assertThat(deliveries).extracting(Delivery::status, Delivery::attempts, Delivery::lastResponse).containsOnly(
        org.assertj.core.groups.Tuple.tuple(DeliveryStatus.PENDING, 0,
            "environment variable SCORECARD_ACME_WEBHOOK_SECRET is not set"));
    assertThat(deliveries).hasSize(2);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void addsTheAttemptsOfEarlierRuns() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(200).build());

    Delivery delivery = sendOne(Notices.fast(3), Map.of("9f2c41d07a3be815:opened|webhook", 4), ENV);

    assertThat(delivery).extracting(Delivery::status, Delivery::attempts)
        .containsExactly(DeliveryStatus.DELIVERED, 6);
  }

  @Test
  void leavesTheRestPendingOnceTheReceiverCannotBeReached() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    AlertSettings settings = Notices.webhook(URI.create("http://127.0.0.1:" + closed + "/hook"), Notices.fast(2));

    List<Delivery> deliveries = Dispatcher.send("acme", NIGHT, settings,
        List.of(Notices.opened(), Notices.resolved()), Map.of("51be0c9de2f04a77:resolved|webhook", 1), ENV::get);

    assertThat(deliveries).extracting(Delivery::status, Delivery::attempts, Delivery::lastResponse).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DeliveryStatus.FAILED, 2, "connection refused"),
        org.assertj.core.groups.Tuple.tuple(DeliveryStatus.PENDING, 1,
            "not attempted: the webhook failed earlier in this run (connection refused)"));
  }

  private Delivery sendOne(Retry retry, Map<String, Integer> attemptsBefore, Map<String, String> env) {
    List<Delivery> deliveries = Dispatcher.send("acme", NIGHT, settings(retry), List.of(Notices.opened()),
        attemptsBefore, env::get);
    assertThat(deliveries).hasSize(1);
    return deliveries.get(0);
  }

  private AlertSettings settings(Retry retry) {
    return Notices.webhook(server.url("/hooks/scorecard").uri(), retry);
  }
}
