package org.ccioacademy.platform.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes, stored as {@code pbkdf2-sha256$iterations$salt$hash} (salt
 * and hash in Base64). The work factor is at least {@value #MIN_ITERATIONS} iterations, as OWASP
 * recommends for PBKDF2-HMAC-SHA256; hashes made with fewer are reported by {@link #needsRehash} so
 * they can be upgraded at the next sign-in.
 */
public final class PasswordHasher {

  public static final int MIN_ITERATIONS = 210_000;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] NO_SALT = new byte[SALT_BYTES];

  /** The stored "hash" of an account with no password yet: no password matches it. */
  public static final String NONE = "!";

  private final int iterations;

  public PasswordHasher(int iterations) {
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException(
          "Password hashing needs at least " + MIN_ITERATIONS + " iterations, not " + iterations);
    }
    this.iterations = iterations;
  }

  public PasswordHasher() {
    this(MIN_ITERATIONS);
  }

  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  /** Whether {@code password} matches {@code stored}; compares in constant time. */
  public boolean verify(char[] password, String stored) {
    Parsed parsed = Parsed.of(stored);
    if (parsed == null) {
      // an account with no password (made by the staff feed): as slow as a wrong one, so the time
      // taken tells nothing
      derive(password, NO_SALT, iterations);
      return false;
    }
    byte[] actual = derive(password, parsed.salt, parsed.iterations);
    return MessageDigest.isEqual(actual, parsed.hash);
  }

  /** Whether {@code stored} was made with a lower work factor than this hasher's. */
  public boolean needsRehash(String stored) {
    Parsed parsed = Parsed.of(stored);
    return parsed == null || parsed.iterations < iterations;
  }

  public int iterations() {
    return iterations;
  }

  /** The iteration count recorded in a stored hash, or -1 when it is not one of ours. */
  public static int iterationsOf(String stored) {
    Parsed parsed = Parsed.of(stored);
    return parsed == null ? -1 : parsed.iterations;
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available in this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }

  private record Parsed(int iterations, byte[] salt, byte[] hash) {
    static Parsed of(String stored) {
      if (stored == null) {
        return null;
      }
      String[] parts = stored.split("\\$");
      if (parts.length != 4 || !PREFIX.equals(parts[0])) {
        return null;
      }
      try {
        Base64.Decoder b64 = Base64.getDecoder();
        return new Parsed(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
