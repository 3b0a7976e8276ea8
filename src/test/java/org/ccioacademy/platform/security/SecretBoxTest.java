package org.ccioacademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  private static byte[] key() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return k;
  }

  @Test
  void aSealedSecretOpensWithItsKeyAndNameOnly() {
    SecretBox box = new SecretBox(key());
    byte[] secret = "the check-in key".getBytes(StandardCharsets.UTF_8);
    byte[] sealed = box.seal("check-in", secret);

    assertThat(SecretBox.isSealed(sealed)).isTrue();
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("check-in key");
    assertThat(box.open("check-in", sealed)).isEqualTo(secret);
    // another key, another name, or one byte changed: refused, never a wrong secret
    assertThatThrownBy(() -> new SecretBox(key()).open("check-in", sealed))
        .hasMessageContaining("does not open with this secrets key");
    assertThatThrownBy(() -> box.open("badge", sealed)).isInstanceOf(IllegalStateException.class);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> box.open("check-in", sealed))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPlainValueFromBeforeSealingIsToldApart() {
    assertThat(SecretBox.isSealed(new byte[32])).isFalse();
    assertThat(SecretBox.isSealed(null)).isFalse();
  }

  @Test
  void theKeyMustBe256Bits() {
    assertThatThrownBy(() -> new SecretBox(new byte[16])).hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> SecretsKey.decode("not base64!"))
        .hasMessageContaining("32 bytes in base64");
  }
}
