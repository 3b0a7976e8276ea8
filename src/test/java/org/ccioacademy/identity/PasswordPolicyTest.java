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

  @Test
  void passwordsTheReviewFoundAcceptedAreRefusedWithAReasonInPlainEnglish() {
    for (String weak :
        new String[] {
          "password12345678",
          "Qwerty123456!",
          " ".repeat(12),
          "ccio-demo-2026",
          "ccio-academy-2026",
          "NHSacademy2026!",
          "aaaaaaaaaaaaaaaa",
          "abcdefghijklmnop",
          "1234567890123"
        }) {
      assertThat(PasswordPolicy.check(weak, "priya.shah@nhs.net", "Priya Shah"))
          .as(weak)
          .hasValueSatisfying(m -> assertThat(m).doesNotContain("null"));
    }
    assertThat(PasswordPolicy.check("password12345678", null))
        .hasValueSatisfying(m -> assertThat(m).startsWith("That password would be easy to guess"));
  }

  @Test
  void thePersonsOwnNameAndEmailDoNotMakeAPassword() {
    assertThat(PasswordPolicy.check("PriyaShah1987!", "priya.shah@nhs.net", "Priya Shah"))
        .isPresent();
    assertThat(PasswordPolicy.check("priya.shah@nhs.net", "priya.shah@nhs.net", null)).isPresent();
  }

  @Test
  void unrelatedWordsPass() {
    assertThat(PasswordPolicy.check("correct-horse-battery-9", "x@nhs.net", "Sam Jones")).isEmpty();
    assertThat(PasswordPolicy.check("lantern orbit pickle meadow", null, null)).isEmpty();
  }
}
