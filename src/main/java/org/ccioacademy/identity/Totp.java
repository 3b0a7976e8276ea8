package org.ccioacademy.identity;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) as every authenticator app makes
 * them: HMAC-SHA1, 6 digits, 30-second steps. A code is accepted for the step before and after the
 * current one (a phone's clock a little out), and only for a step later than the last one used, so
 * a code works once.
 */
public final class Totp {

  /** Seconds in one step. */
  public static final int PERIOD = 30;

  /** Digits in a code. */
  public static final int DIGITS = 6;

  /** Bytes in a new secret (160 bits, as RFC 4226 recommends). */
  public static final int SECRET_BYTES = 20;

  private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

  private Totp() {}

  /** The step an instant falls in. */
  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), PERIOD);
  }

  /** The code for one step, zero-padded to {@link #DIGITS} digits. */
  public static String code(byte[] secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      return String.format("%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  /**
   * The step whose code {@code typed} is, within one step of {@code now} and after {@code
   * lastUsedStep}; empty when it is none of them. Spaces in what was typed are ignored.
   */
  public static OptionalLong match(byte[] secret, String typed, Instant now, long lastUsedStep) {
    if (typed == null) {
      return OptionalLong.empty();
    }
    String digits = typed.replace(" ", "").replace("-", "");
    if (!digits.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long s = current - 1; s <= current + 1; s++) {
      boolean same =
          MessageDigest.isEqual(
              code(secret, s).getBytes(StandardCharsets.US_ASCII),
              digits.getBytes(StandardCharsets.US_ASCII));
      if (same && s > lastUsedStep) {
        return OptionalLong.of(s);
      }
    }
    return OptionalLong.empty();
  }

  /** The otpauth address an authenticator app scans from a QR code. */
  public static String uri(String issuer, String account, byte[] secret) {
    return "otpauth://totp/"
        + enc(issuer + ":" + account)
        + "?secret="
        + base32(secret)
        + "&issuer="
        + enc(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + PERIOD;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Base32 (RFC 4648, no padding), the form authenticator apps take a secret in. */
  public static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32[(buffer << (5 - bits)) & 31]);
    }
    return out.toString();
  }
}
