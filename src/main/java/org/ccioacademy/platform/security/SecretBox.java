package org.ccioacademy.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a secret for storage with AES-256-GCM under the master key (which is never in the
 * database): {@code CCIOSEC1}, a 12-byte random nonce, then the ciphertext and its 16-byte tag. The
 * secret's name is authenticated with it, so a sealed value moved to another name does not open.
 */
public final class SecretBox {

  static final byte[] MAGIC = "CCIOSEC1".getBytes(StandardCharsets.US_ASCII);
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  public SecretBox(byte[] key) {
    if (key == null || key.length != 32) {
      throw new IllegalArgumentException("The secrets key must be 32 bytes (256 bits)");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  /** Whether a stored value is sealed (rather than a plain value from before sealing began). */
  public static boolean isSealed(byte[] stored) {
    return stored != null
        && stored.length > MAGIC.length + NONCE
        && Arrays.equals(Arrays.copyOf(stored, MAGIC.length), MAGIC);
  }

  public byte[] seal(String name, byte[] plain) {
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(name.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = c.doFinal(plain);
      return ByteBuffer.allocate(MAGIC.length + NONCE + sealed.length)
          .put(MAGIC)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /**
   * The secret inside a sealed value.
   *
   * @throws IllegalStateException when it was sealed under another key (or changed)
   */
  public byte[] open(String name, byte[] stored) {
    if (!isSealed(stored)) {
      throw new IllegalArgumentException("Not a sealed value");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, MAGIC.length, NONCE));
      c.updateAAD(name.getBytes(StandardCharsets.UTF_8));
      return c.doFinal(stored, MAGIC.length + NONCE, stored.length - MAGIC.length - NONCE);
    } catch (AEADBadTagException e) {
      throw new IllegalStateException(
          "The stored secret "
              + name
              + " does not open with this secrets key (ccio.secrets.key or ccio.secrets.key-file):"
              + " give the key it was sealed with. If that key is lost, delete the app_secret row"
              + " to make a new secret (for the badge key: badges issued before then no longer"
              + " verify).",
          e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }
}
