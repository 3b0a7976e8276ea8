package org.ccioacademy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a post to a stateless view may come from (the module reader's forms, issue 23). */
class PostbackCheckTest {

  static final String SITE = "https://learn.ccio.example";

  @Test
  void theBrowsersFetchSiteHeaderDecidesWhenItIsSent() {
    assertThat(PostbackCheck.sameSite(Map.of("Sec-Fetch-Site", "same-origin"), SITE)).isTrue();
    assertThat(PostbackCheck.sameSite(Map.of("Sec-Fetch-Site", "same-site"), SITE)).isFalse();
    assertThat(PostbackCheck.sameSite(Map.of("Sec-Fetch-Site", "cross-site", "Origin", SITE), SITE))
        .isFalse();
  }

  @Test
  void otherwiseTheOriginMustBeTheSitesPublicAddressOrTheHostAskedFor() {
    // behind a proxy that sends the instance its own Host, the public address still matches
    assertThat(PostbackCheck.sameSite(Map.of("Origin", SITE, "Host", "10.0.0.5:8081"), SITE))
        .isTrue();
    assertThat(
            PostbackCheck.sameSite(
                Map.of("Origin", "http://localhost:8081", "Host", "localhost:8081"), SITE))
        .isTrue();
    assertThat(
            PostbackCheck.sameSite(
                Map.of("Origin", "https://evil.example", "Host", "learn.ccio.example"), SITE))
        .isFalse();
    assertThat(PostbackCheck.sameSite(Map.of("Origin", "null", "Host", "x"), SITE)).isFalse();
  }

  @Test
  void aClientThatSaysNeitherIsNoBrowserAFormCouldDrive() {
    assertThat(PostbackCheck.sameSite(Map.of(), SITE)).isTrue();
  }
}
