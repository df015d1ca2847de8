package dev.scorecard.deliver;

import static dev.scorecard.deliver.Notices.NIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.scorecard.config.AlertSettings.Email;
import dev.scorecard.config.AlertSettings.Retry;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The nightly digest over SMTP to real servers on loopback. */
class EmailDeliveryTest {
  private static final List<Notice> NOTICES = List.of(Notices.opened(), Notices.resolved());

  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  void mailsOneDigestWithTextAndHtmlToEveryRecipient() throws Exception {
    List<Delivery> deliveries = send(Notices.smtp(GREEN_MAIL.getSmtp().getPort()), Notices.fast(3), Map.of());

    assertThat(deliveries).extracting(Delivery::alertId, Delivery::transition, Delivery::channel, Delivery::attempts,
        Delivery::status).containsExactly(
            tuple("9f2c41d07a3be815", Transition.OPENED, "email", 1, DeliveryStatus.DELIVERED),
            tuple("51be0c9de2f04a77", Transition.RESOLVED, "email", 1, DeliveryStatus.DELIVERED));
    assertThat(deliveries).allSatisfy(d -> {
      assertThat(d.lastResponse()).startsWith("250");
      assertThat(d.deliveredAt()).isNotNull();
    });
    MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
    assertThat(received).hasSize(2); // one copy per recipient, as a server delivers them
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("[scorecard] acme: 1 alert opened, 1 resolved on 2026-10-01");
    assertThat(Arrays.stream(mail.getAllRecipients()).map(Address::toString))
        .containsExactly("ops@acme.example", "ceo@acme.example");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("scorecard@acme.example");
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
    assertThat((String) parts.getBodyPart(0).getContent()).contains(
        "On-time delivery is red in region north: 82.5% against a target of 95%",
        "Source pos delivers data for store-03 again");
    assertThat((String) parts.getBodyPart(1).getContent()).contains("<h2>Resolved (1)</h2>");
  }

  @Test
  void logsInWithTheCredentialsOfTheEnvironment() {
    GREEN_MAIL.setUser("robot@acme.example", "robot", "s3cret");
    Map<String, String> env = Map.of("SMTP_USER", "robot", "SMTP_PASSWORD", "s3cret");

    List<Delivery> deliveries = send(login(GREEN_MAIL.getSmtp().getPort()), Notices.fast(3), env);

    assertThat(deliveries).extracting(Delivery::status).containsOnly(DeliveryStatus.DELIVERED);
    assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(2);
  }

  @Test
  void doesNotRetryAWrongPassword() {
    GREEN_MAIL.setUser("robot@acme.example", "robot", "s3cret");
    Map<String, String> env = Map.of("SMTP_USER", "robot", "SMTP_PASSWORD", "guess");

    List<Delivery> deliveries = send(login(GREEN_MAIL.getSmtp().getPort()), Notices.fast(3), env);

    assertThat(deliveries).extracting(Delivery::status, Delivery::attempts)
        .containsOnly(tuple(DeliveryStatus.FAILED, 1));
    assertThat(deliveries.get(0).lastResponse()).startsWith("authentication failed: ");
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void waitsWithoutConnectingWhileThePasswordIsUnset() {
    List<Delivery> deliveries = send(login(GREEN_MAIL.getSmtp().getPort()), Notices.fast(3),
        Map.of("SMTP_USER", "robot"));

    assertThat(deliveries).extracting(Delivery::status, Delivery::attempts, Delivery::lastResponse)
        .containsOnly(tuple(DeliveryStatus.PENDING, 0, "environment variable SMTP_PASSWORD is not set"));
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void failsWhenNothingListens() throws IOException {
    List<Delivery> deliveries = send(Notices.smtp(closedPort()), Notices.fast(2), Map.of());

    assertThat(deliveries).extracting(Delivery::status, Delivery::attempts, Delivery::lastResponse)
        .containsOnly(tuple(DeliveryStatus.FAILED, 2, "connection refused"));
  }

  @Test
  void failsWithATimeoutWhenTheServerNeverGreets() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Retry retry = new Retry(2, Duration.ofMillis(10), Duration.ofMillis(300));

      List<Delivery> deliveries = send(Notices.smtp(silent.getLocalPort()), retry, Map.of());

      assertThat(deliveries).extracting(Delivery::status, Delivery::attempts, Delivery::lastResponse)
          .containsOnly(tuple(DeliveryStatus.FAILED, 2, "timeout after 300 ms"));
    }
  }

  @Test
  void deliversOnALaterAttemptWhenTheServerWasBusy() throws Exception {
    ServerSocket busy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    int port = busy.getLocalPort();
    CompletableFuture<GreenMail> later = CompletableFuture.supplyAsync(() -> answerBusyThenStart(busy, port));
    Retry retry = new Retry(5, Duration.ofMillis(200), Duration.ofMillis(1000));

    List<Delivery> deliveries = send(Notices.smtp(port), retry, Map.of());

    GreenMail greenMail = later.get();
    try {
      assertThat(deliveries).extracting(Delivery::status).containsOnly(DeliveryStatus.DELIVERED);
      assertThat(deliveries.get(0).attempts()).isGreaterThan(1);
      assertThat(greenMail.getReceivedMessages()).hasSize(2);
    } finally {
      greenMail.stop();
    }
  }

  /** Answers the first connection 421 (busy), then lets a real SMTP server take the port. */
  private static GreenMail answerBusyThenStart(ServerSocket busy, int port) {
    try (busy; Socket first = busy.accept(); OutputStream out = first.getOutputStream()) {
      out.write("421 4.3.2 Too busy, try again later\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return greenMail;
  }

  private static List<Delivery> send(Email email, Retry retry, Map<String, String> env) {
    return Dispatcher.send("acme", NIGHT, Notices.email(email, retry), NOTICES, Map.of(), env::get);
  }

  private static Email login(int port) {
    Email email = Notices.smtp(port);
    return new Email(email.host(), email.port(), email.from(), email.to(), false, Optional.of("SMTP_USER"),
        Optional.of("SMTP_PASSWORD"));
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
