package dev.scorecard.deliver;

/**
 * What one attempt to deliver came to, and whether another attempt in the same run could fare
 * better: a receiver that is down or busy may be up a few seconds later, one that rejects the
 * request (HTTP 400, SMTP 550) will reject it again.
 *
 * @param response the receiver's answer or the failure, in words, as {@code last_response} shows it
 */
record Attempt(Verdict verdict, String response) {
  static final int SNIPPET = 200;

  enum Verdict { ACCEPTED, RETRY, REJECTED }

  static Attempt accepted(String response) {
    return new Attempt(Verdict.ACCEPTED, response);
  }

  static Attempt retry(String response) {
    return new Attempt(Verdict.RETRY, response);
  }

  static Attempt rejected(String response) {
    return new Attempt(Verdict.REJECTED, response);
  }

  /** An HTTP answer: 2xx accepted; 408, 429 and 5xx worth another attempt; the rest rejected. */
  static Attempt http(int code, String body) {
    String response = "HTTP " + code + (code / 100 == 2 ? "" : snippet(body));
    if (code / 100 == 2) {
      return accepted(response);
    }
    return code == 408 || code == 429 || code >= 500 ? retry(response) : rejected(response);
  }

  /** The first 200 characters of a receiver's answer, on one line; empty if it said nothing. */
  private static String snippet(String body) {
    String line = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    return line.isEmpty() ? "" : ": " + line.substring(0, Math.min(SNIPPET, line.length()));
  }
}
