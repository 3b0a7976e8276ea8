package org.ccioacademy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

  @Test
  void linksAreBuiltFromTheSettingWithOneSlash() {
    PublicUrl url = new PublicUrl("https://learn.ccio.example/");
    assertThat(url.link("/event.xhtml?id=4"))
        .isEqualTo("https://learn.ccio.example/event.xhtml?id=4");
    assertThat(url.isHttps()).isTrue();
    assertThat(new PublicUrl("http://localhost:8080").isHttps()).isFalse();
    assertThat(new PublicUrl("HTTPS://x.example").isHttps()).isTrue();
  }

  @Test
  void theOriginIsTheSchemeHostAndPortAsABrowserNamesTheSite() {
    assertThat(new PublicUrl("https://learn.ccio.example/academy/").origin())
        .isEqualTo("https://learn.ccio.example");
    assertThat(new PublicUrl("http://localhost:8080").origin()).isEqualTo("http://localhost:8080");
  }

  @Test
  void anAddressThatIsNotAbsoluteHttpIsRefusedAtStart() {
    assertThatThrownBy(() -> new PublicUrl("learn.ccio.example"))
        .hasMessageContaining("ccio.public-url");
    assertThatThrownBy(() -> new PublicUrl("javascript:alert(1)"))
        .hasMessageContaining("ccio.public-url");
  }
}
