package org.ccioacademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnToTest {

  @Test
  void pagesOfThisApplicationAreSafeToReturnTo() {
    assertThat(ReturnTo.isSafe("/checkin.xhtml?s=12&t=AbC-_9")).isTrue();
    assertThat(ReturnTo.isSafe("/trainee/certificates.xhtml")).isTrue();
    assertThat(ReturnTo.isSafe("/reviewer/trainee.xhtml?id=5&cohort=2")).isTrue();
  }

  @Test
  void anythingThatCouldLeaveTheSiteOrLoopIsRefused() {
    assertThat(ReturnTo.isSafe(null)).isFalse();
    assertThat(ReturnTo.isSafe("")).isFalse();
    assertThat(ReturnTo.isSafe("https://evil.example/")).isFalse();
    assertThat(ReturnTo.isSafe("//evil.example/path")).isFalse();
    assertThat(ReturnTo.isSafe("/\\evil.example")).isFalse();
    assertThat(ReturnTo.isSafe("/page\r\nSet-Cookie: x=1")).isFalse();
    assertThat(ReturnTo.isSafe("/page with space")).isFalse();
    assertThat(ReturnTo.isSafe("javascript:alert(1)")).isFalse();
    assertThat(ReturnTo.isSafe("/sign-in.xhtml")).isFalse();
    assertThat(ReturnTo.isSafe("/api/review/figures")).isFalse();
    assertThat(ReturnTo.isSafe("/" + "a".repeat(2100))).isFalse();
  }
}
