package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void longUncommonPasswordsAreAccepted() {
    assertThat(PasswordPolicy.check("purple tractor singing", "a@b.nhs.uk")).isEmpty();
  }

  @Test
  void shortPasswordsAreRefusedWithTheirLength() {
    assertThat(PasswordPolicy.check("elevenchars", null))
        .hasValueSatisfying(m -> assertThat(m).contains("11 characters").contains("at least 12"));
  }

  @Test
  void commonPasswordsAreRefusedWhateverTheirCase() {
    assertThat(PasswordPolicy.check("Password1234", null))
        .hasValueSatisfying(m -> assertThat(m).contains("most commonly used"));
    assertThat(PasswordPolicy.check("QWERTYUIOP123", null)).isPresent();
  }

  @Test
  void theEmailAddressIsNotAPassword() {
    assertThat(PasswordPolicy.check("someone@nhs.net", "someone@nhs.net")).isPresent();
  }

  @Test
  void overlongPasswordsAreRefused() {
    assertThat(PasswordPolicy.check("x".repeat(129), null)).isPresent();
    assertThat(PasswordPolicy.check(null, null)).isPresent();
  }
}
