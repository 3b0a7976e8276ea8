package org.ccioacademy.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class BadgeClaimsTest {

  private static JsonObject credential(String holder, long nbf) {
    return Json.createObjectBuilder()
        .add(
            "credentialSubject",
            Json.createObjectBuilder()
                .add("name", holder)
                .add("achievement", Json.createObjectBuilder().add("name", "Clinical safety")))
        .add("name", "Clinical safety")
        .add("validFrom", "2026-01-05T10:00:00Z")
        .add("nbf", nbf)
        .add("jti", "https://x/verify/ABC")
        .add("issuer", Json.createObjectBuilder().add("id", "https://x/api/badges/issuer"))
        .build();
  }

  @Test
  void aCredentialThatSaysWhatItsCertificateSaysMatches() {
    assertThat(Badges.mismatched(credential("Priya Shah", 1L), credential("Priya Shah", 1L)))
        .isEmpty();
  }

  @Test
  void anotherHolderOrDateIsNamed() {
    assertThat(Badges.mismatched(credential("Mallory", 1L), credential("Priya Shah", 1L)))
        .containsExactly("credentialSubject");
    assertThat(Badges.mismatched(credential("Priya Shah", 99L), credential("Priya Shah", 1L)))
        .containsExactly("nbf");
    JsonObject withExpiry =
        Json.createObjectBuilder(credential("Priya Shah", 1L))
            .add("validUntil", "2030-01-01T00:00:00Z")
            .build();
    // an expiry added (or left out) is a difference too
    assertThat(Badges.mismatched(withExpiry, credential("Priya Shah", 1L)))
        .containsExactly("validUntil");
  }
}
