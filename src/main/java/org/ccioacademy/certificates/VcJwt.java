package org.ccioacademy.certificates;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

/**
 * Verifiable credentials as JSON Web Tokens (VC-JWT, the Open Badges 3.0 "JWT proof"): the
 * credential JSON is the JWT payload, signed with EdDSA (Ed25519) and written in JWS compact form,
 * {@code header.payload.signature}, each part base64url. The JDK signs and verifies; nothing else
 * is needed.
 */
public final class VcJwt {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private VcJwt() {}

  /** Signs {@code payload}; {@code kid} names the key, so a verifier can find it. */
  public static String sign(JsonObject payload, PrivateKey key, String kid) {
    JsonObject header =
        Json.createObjectBuilder().add("alg", "EdDSA").add("typ", "JWT").add("kid", kid).build();
    String signingInput =
        B64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8))
            + "."
            + B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(key);
      s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + B64.encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign a credential", e);
    }
  }

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
    } catch (IllegalArgumentException | GeneralSecurityException | jakarta.json.JsonException e) {
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
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      return r.readObject();
    }
  }
}
