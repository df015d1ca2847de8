package dev.scorecard.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SignatureTest {

  /** RFC 4231, test cases 1 and 2 (HMAC-SHA-256). */
  @Test
  void matchesRfc4231() {
    byte[] key = HexFormat.of().parseHex("0b".repeat(20));

    assertThat(Signature.hmacSha256Hex(key, bytes("Hi There")))
        .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    assertThat(Signature.hmacSha256Hex(bytes("Jefe"), bytes("what do ya want for nothing?")))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void headerIsSha256OfTheBodyUnderTheSecret() {
    assertThat(Signature.header("Jefe", bytes("what do ya want for nothing?")))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
