package dev.scorecard.deliver;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;

/**
 * Puts a failed attempt into the words of {@code last_response}: {@code timeout after 10 s},
 * {@code connection refused}, {@code unknown host}, or the underlying error's message. One place, so
 * the webhook and the email read alike.
 */
final class Failures {
  private Failures() {}

  static String unset(String variable) {
    return "environment variable " + variable + " is not set";
  }

  static String describe(Throwable failure, Duration timeout) {
    if (has(failure, SocketTimeoutException.class) || has(failure, HttpTimeoutException.class)) {
      return "timeout after " + text(timeout);
    }
    if (has(failure, UnknownHostException.class) || has(failure, UnresolvedAddressException.class)) {
      return "unknown host";
    }
    String message = message(failure);
    if (has(failure, ConnectException.class)) {
      // The JDK's HttpClient reports a refused connection without any message.
      return message == null || message.toLowerCase(Locale.ROOT).contains("refused") ? "connection refused"
          : "cannot connect: " + message;
    }
    return "connection error: " + (message == null ? root(failure).getClass().getSimpleName() : message);
  }

  /** {@code 10 s} for whole seconds, else {@code 500 ms}. */
  static String text(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The deepest message in the chain of causes, null if none has one. */
  private static String message(Throwable failure) {
    String message = null;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      message = t.getMessage() == null ? message : t.getMessage();
    }
    return message;
  }

  private static Throwable root(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
