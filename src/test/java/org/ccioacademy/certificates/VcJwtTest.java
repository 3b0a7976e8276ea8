package org.ccioacademy.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class VcJwtTest {

  private final KeyPair keys = IssuerKeys.decode(IssuerKeys.fresh());
  private final JsonObject credential =
      Json.createObjectBuilder()
          .add("id", "https://example.org/verify/X")
          .add("name", "Clinical safety")
          .add("credentialSubject", Json.createObjectBuilder().add("creditsEarned", 3))
          .build();

  @Test
  void aSignedCredentialVerifiesWithTheIssuersKeyOnly() {
    String jwt = VcJwt.sign(credential, keys.getPrivate(), "k1");
    assertThat(jwt.split("\\.")).hasSize(3);
    assertThat(VcJwt.verify(jwt, keys.getPublic())).contains(credential);
    KeyPair other = IssuerKeys.decode(IssuerKeys.fresh());
    assertThat(VcJwt.verify(jwt, other.getPublic())).isEmpty();
    // the stored form of a key pair reads back to the same key
    assertThat(IssuerKeys.raw(keys.getPublic())).hasSize(32);
  }

  @Test
  void theFastSignerGivesExactlyTheSignaturesOfTheJdk() throws Exception {
    // Ed25519 is deterministic: the same key and message always give the same 64 bytes
    for (int i = 0; i < 20; i++) {
      KeyPair pair = IssuerKeys.decode(IssuerKeys.fresh());
      String input = "header.payload-" + i + "-" + "x".repeat(i * 37);
      Signature jdk = Signature.getInstance("Ed25519");
      jdk.initSign(pair.getPrivate());
      jdk.update(input.getBytes(StandardCharsets.US_ASCII));
      byte[] expected = jdk.sign();
      byte[] fast = VcJwt.ed25519(pair.getPrivate(), input);
      assertThat(fast).isEqualTo(expected);
      Signature check = Signature.getInstance("Ed25519");
      check.initVerify(pair.getPublic());
      check.update(input.getBytes(StandardCharsets.US_ASCII));
      assertThat(check.verify(fast)).isTrue();
    }
  }

  @Test
  void changingAnyByteOfTheCredentialMakesVerificationFail() {
    String jwt = VcJwt.sign(credential, keys.getPrivate(), "k1");
    byte[] bytes = jwt.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < bytes.length; i++) {
      byte[] changed = bytes.clone();
      // another character of the base64url alphabet (or the dot itself replaced)
      changed[i] = (byte) (changed[i] == 'A' ? 'B' : 'A');
      assertThat(VcJwt.verify(new String(changed, StandardCharsets.US_ASCII), keys.getPublic()))
          .as("byte %d changed", i)
          .isEmpty();
    }
    // and a payload edited to claim more credits, then re-encoded, fails too
    String[] parts = jwt.split("\\.");
    String forged =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"creditsEarned\":3", "\"creditsEarned\":30");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertThat(VcJwt.verify(tampered, keys.getPublic())).isEmpty();
    assertThat(VcJwt.verify("not a jwt", keys.getPublic())).isEmpty();
    assertThat(VcJwt.verify(null, keys.getPublic())).isEmpty();
  }
}
