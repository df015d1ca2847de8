package dev.scorecard.deliver;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Sorts a failed SMTP attempt: a 5xx reply or a refused login will not change within the run, a
 * 4xx reply, a timeout or a lost connection may, so only those are tried again.
 */
final class SmtpFailures {
  private SmtpFailures() {}

  static Attempt attempt(MessagingException e, Duration timeout) {
    if (e instanceof AuthenticationFailedException) {
      return Attempt.rejected("authentication failed: " + e.getMessage());
    }
    int code = replyCode(e);
    if (code > 0) {
      return code >= 500 ? Attempt.rejected(reply(e)) : Attempt.retry(reply(e));
    }
    return Attempt.retry(hasIo(e) ? Failures.describe(e, timeout) : "smtp error: " + e.getMessage());
  }

  static void closeQuietly(Transport transport) {
    try {
      if (transport != null) {
        transport.close();
      }
    } catch (MessagingException e) {
      // The message was accepted or the attempt already failed; a failed QUIT changes neither.
    }
  }

  /** The reply code of the first SMTP command the server refused, 0 if none did. */
  private static int replyCode(MessagingException e) {
    for (Exception t = e; t != null; t = t instanceof MessagingException m ? m.getNextException() : null) {
      if (t instanceof SMTPSendFailedException f) {
        return f.getReturnCode();
      } else if (t instanceof SMTPAddressFailedException f) {
        return f.getReturnCode();
      } else if (t instanceof SMTPSenderFailedException f) {
        return f.getReturnCode();
      }
    }
    return 0;
  }

  private static String reply(MessagingException e) {
    for (Exception t = e; t != null; t = t instanceof MessagingException m ? m.getNextException() : null) {
      if (t.getMessage() != null && t.getMessage().matches("(?s)^[45]\\d\\d.*")) {
        return t.getMessage().strip();
      }
    }
    return e.getMessage();
  }

  private static boolean hasIo(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }
}
