package dev.scorecard.deliver;

import dev.scorecard.config.AlertSettings.Email;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * The digest as a MIME message: multipart/alternative with the plain text first and the HTML
 * second, so clients that show HTML pick it and the rest show the text.
 */
final class DigestMessage {
  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private DigestMessage() {}

  static MimeMessage of(Session session, Email email, EmailDigest digest) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(email.from(), true));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", email.to()), true));
    message.setSubject(digest.subject(), UTF_8);
    message.setSentDate(new Date());
    message.setContent(body(digest));
    message.saveChanges();
    return message;
  }

  private static MimeMultipart body(EmailDigest digest) throws MessagingException {
    MimeBodyPart text = new MimeBodyPart();
    text.setText(digest.text(), UTF_8, "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(digest.html(), UTF_8, "html");
    return new MimeMultipart("alternative", text, html);
  }
}
