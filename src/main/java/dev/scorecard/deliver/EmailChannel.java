package dev.scorecard.deliver;

import dev.scorecard.config.AlertSettings.Email;
import dev.scorecard.config.AlertSettings.Retry;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Mails a digest over SMTP, retrying within the run as {@link Attempts} does. The login, if the
 * server needs one, comes from environment variables only; while one is unset the digest waits.
 */
final class EmailChannel {
  private final Email email;
  private final Retry retry;

  EmailChannel(Email email, Retry retry) {
    this.email = email;
    this.retry = retry;
  }

  Outcome send(EmailDigest digest, Function<String, String> env) {
    Optional<String> unset = unset(email.usernameEnv(), env).or(() -> unset(email.passwordEnv(), env));
    if (unset.isPresent()) {
      return Outcome.pending(Failures.unset(unset.get()));
    }
    Session session = Session.getInstance(properties());
    try {
      MimeMessage message = DigestMessage.of(session, email, digest);
      return Attempts.run(retry, () -> attempt(session, message, env));
    } catch (MessagingException e) {
      return Outcome.pending("cannot write the message: " + e.getMessage());
    }
  }

  private Attempt attempt(Session session, MimeMessage message, Function<String, String> env) {
    Transport transport = null;
    try {
      transport = session.getTransport("smtp");
      transport.connect(email.host(), email.port(), value(email.usernameEnv(), env), value(email.passwordEnv(), env));
      transport.sendMessage(message, message.getAllRecipients());
      return Attempt.accepted(reply(transport));
    } catch (MessagingException e) {
      return SmtpFailures.attempt(e, retry.timeout());
    } finally {
      SmtpFailures.closeQuietly(transport);
    }
  }

  private Properties properties() {
    String millis = Long.toString(retry.timeout().toMillis());
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.connectiontimeout", millis);
    properties.setProperty("mail.smtp.timeout", millis);
    properties.setProperty("mail.smtp.writetimeout", millis);
    properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(email.starttls()));
    properties.setProperty("mail.smtp.starttls.required", Boolean.toString(email.starttls()));
    properties.setProperty("mail.smtp.auth", Boolean.toString(email.usernameEnv().isPresent()));
    properties.setProperty("mail.smtp.from", email.from());
    return properties;
  }

  private static Optional<String> unset(Optional<String> variable, Function<String, String> env) {
    return variable.filter(name -> value(variable, env) == null);
  }

  /** The value of the variable, null if there is no variable or it is unset or empty. */
  private static String value(Optional<String> variable, Function<String, String> env) {
    return variable.map(env).filter(v -> !v.isEmpty()).orElse(null);
  }

  private static String reply(Transport transport) {
    String reply = transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : null;
    return reply == null || reply.isBlank() ? "accepted" : reply.strip();
  }
}
