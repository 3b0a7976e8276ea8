package org.ccioacademy.testing;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Locale;
import org.ccioacademy.identity.Totp;

/** An authenticator app in the test: the codes for a key shown on the set-up page. */
public final class TestTotp {

  private TestTotp() {}

  /** The code for the step {@code offset} steps from now (-1, 0 or +1 are accepted). */
  public static String code(String shownKey, int offset) {
    return Totp.code(decode(shownKey), Totp.step(Instant.now()) + offset);
  }

  /** A key as shown (base32, in groups of four) back to its bytes. */
  static byte[] decode(String shownKey) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : shownKey.replace(" ", "").toUpperCase(Locale.ROOT).toCharArray()) {
      int value = alphabet.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
