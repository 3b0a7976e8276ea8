package org.ccioacademy.certificates;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Verifiable credentials as JSON Web Tokens (VC-JWT, the Open Badges 3.0 "JWT proof"): the
 * credential JSON is the JWT payload, signed with EdDSA (Ed25519) and written in JWS compact form,
 * {@code header.payload.signature}, each part base64url. Bouncy Castle signs (the same signatures
 * as the JDK, many times faster); the JDK verifies.
 */
public final class VcJwt {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  /** Looked up once: {@code Json.createX()} searches the class path on every call. */
  static final JsonProvider JSON = JsonProvider.provider();

  private VcJwt() {}

  /** Signs {@code payload}; {@code kid} names the key, so a verifier can find it. */
  public static String sign(JsonObject payload, PrivateKey key, String kid) {
    JsonObject header =
        JSON.createObjectBuilder().add("alg", "EdDSA").add("typ", "JWT").add("kid", kid).build();
    String signingInput =
        B64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8))
            + "."
            + B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
    return signingInput + "." + B64.encodeToString(ed25519(key, signingInput));
  }

  /**
   * An Ed25519 signature (RFC 8032) of the ASCII {@code input}: Bouncy Castle's, from the key's
   * 32-byte seed, or the JDK's for a key not in the JDK's PKCS #8 form. Both give the same bytes.
   */
  static byte[] ed25519(PrivateKey key, String input) {
    byte[] message = input.getBytes(StandardCharsets.US_ASCII);
    byte[] der = key.getEncoded();
    if (der != null
        && der.length == SEED_PKCS8.length + 32
        && Arrays.equals(der, 0, SEED_PKCS8.length, SEED_PKCS8, 0, SEED_PKCS8.length)) {
      byte[] seed = Arrays.copyOfRange(der, SEED_PKCS8.length, der.length);
      byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
      Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
      return signature;
    }
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(key);
      s.update(message);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign a credential", e);
    }
  }

  /** The PKCS #8 (RFC 8410) prefix of an Ed25519 private key, before its 32-byte seed. */
  private static final byte[] SEED_PKCS8 = {
    0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20
  };

  /**
   * The payload of {@code jwt} if its signature is good for {@code key} and its header says EdDSA;
   * empty if anything is wrong (a changed byte, another key, not a JWT at all).
   */
  public static Optional<JsonObject> verify(String jwt, PublicKey key) {
    if (jwt == null) {
      return Optional.empty();
    }
    String[] parts = jwt.strip().split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      for (String part : parts) {
        // only the canonical encoding: base64url leaves spare bits in a last character, and a
        // credential with any byte changed must fail, even one that decodes the same
        if (!B64.encodeToString(B64D.decode(part)).equals(part)) {
          return Optional.empty();
        }
      }
      JsonObject header = parse(new String(B64D.decode(parts[0]), StandardCharsets.UTF_8));
      if (!"EdDSA".equals(header.getString("alg", null))) {
        return Optional.empty();
      }
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!s.verify(B64D.decode(parts[2]))) {
        return Optional.empty();
      }
      return Optional.of(parse(new String(B64D.decode(parts[1]), StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException | GeneralSecurityException | JsonException e) {
      return Optional.empty();
    }
  }

  /** The payload without checking the signature, to show what a credential claims. */
  public static Optional<JsonObject> peek(String jwt) {
    try {
      String[] parts = jwt.strip().split("\\.", -1);
      return parts.length == 3
          ? Optional.of(parse(new String(B64D.decode(parts[1]), StandardCharsets.UTF_8)))
          : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static JsonObject parse(String json) {
    try (JsonReader r = JSON.createReader(new StringReader(json))) {
      return r.readObject();
    }
  }
}
