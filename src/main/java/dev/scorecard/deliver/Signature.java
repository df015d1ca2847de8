package dev.scorecard.deliver;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Scorecard-Signature} header: {@code sha256=} and the lower-case hex HMAC-SHA256 of
 * the exact body bytes under the shared secret, so a receiver can tell our posts from anyone
 * else's and see that the body was not altered on the way.
 */
final class Signature {
  static final String HEADER = "X-Scorecard-Signature";
  private static final String ALGORITHM = "HmacSHA256";

  private Signature() {}

  static String header(String secret, byte[] body) {
    return "sha256=" + hmacSha256Hex(secret.getBytes(StandardCharsets.UTF_8), body);
  }

  static String hmacSha256Hex(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return HexFormat.of().formatHex(mac.doFinal(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
    }
  }
}
