package org.ccioacademy.certificates;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate ids: 128 random bits written in Crockford's base32 (26 characters, no I, L, O or U),
 * so an id read off paper can be typed back; shown in groups of four for reading.
 */
public final class CertificateId {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateId() {}

  public static String random() {
    byte[] bytes = new byte[17]; // 130 bits: 26 characters of 5 bits; the top 2 bits are cleared
    RANDOM.nextBytes(bytes);
    bytes[0] &= 0x03;
    StringBuilder s = new StringBuilder(26);
    BigInteger n = new BigInteger(1, bytes);
    for (int i = 0; i < 26; i++) {
      s.append(ALPHABET[n.intValue() & 31]);
      n = n.shiftRight(5);
    }
    return s.reverse().toString();
  }

  /**
   * An id as someone typed it: case, spaces and dashes ignored, and the letters people confuse read
   * as the digits they look like (O as 0, I and L as 1). Empty when it cannot be an id.
   */
  public static Optional<String> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String s =
        typed
            .toUpperCase(Locale.ROOT)
            .replaceAll("[\\s-]", "")
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    return s.matches("[0-9A-HJKMNP-TV-Z]{26}") ? Optional.of(s) : Optional.empty();
  }

  /** The id in groups of four, as printed. */
  public static String grouped(String id) {
    return id.replaceAll("(.{4})(?!$)", "$1-");
  }
}
