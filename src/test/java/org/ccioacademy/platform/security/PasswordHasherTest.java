package org.ccioacademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void hashesWithPbkdf2Sha256AtLeast210000Iterations() {
    String hash = hasher.hash("a long passphrase".toCharArray());
    assertThat(hash).startsWith("pbkdf2-sha256$210000$");
    assertThat(PasswordHasher.iterationsOf(hash)).isGreaterThanOrEqualTo(210_000);
  }

  @Test
  void verifiesTheRightPasswordOnly() {
    String hash = hasher.hash("a long passphrase".toCharArray());
    assertThat(hasher.verify("a long passphrase".toCharArray(), hash)).isTrue();
    assertThat(hasher.verify("a long passphrasE".toCharArray(), hash)).isFalse();
    assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTime() {
    assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
  }

  @Test
  void aTamperedOrForeignHashNeverVerifies() {
    String hash = hasher.hash("secret words here".toCharArray());
    String tampered = hash.substring(0, hash.length() - 2) + (hash.endsWith("A") ? "BB" : "AA");
    assertThat(hasher.verify("secret words here".toCharArray(), tampered)).isFalse();
    assertThat(hasher.verify("x".toCharArray(), "plain-text")).isFalse();
    assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
  }

  @Test
  void weakerHashesAreFlaggedForRehash() {
    String hash = hasher.hash("pw".toCharArray());
    assertThat(hasher.needsRehash(hash)).isFalse();
    assertThat(new PasswordHasher(300_000).needsRehash(hash)).isTrue();
    assertThat(hasher.needsRehash("pbkdf2-sha256$2048$AAAA$AAAA")).isTrue();
  }

  @Test
  void refusesAWorkFactorBelowTheMinimum() {
    assertThatThrownBy(() -> new PasswordHasher(2048)).isInstanceOf(IllegalArgumentException.class);
  }
}
