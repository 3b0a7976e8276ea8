package org.ccioacademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  /** A request from {@code peer} with these headers (only what ClientAddress reads). */
  private static HttpServletRequest request(String peer, Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ClientAddressTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (p, m, a) ->
                switch (m.getName()) {
                  case "getRemoteAddr" -> peer;
                  case "getHeader" -> headers.get((String) a[0]);
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }

  @Test
  void aClientCannotChooseItsAddressUnlessItComesThroughATrustedProxy() {
    var spoofed = request("203.0.113.5", Map.of("X-Forwarded-For", "10.1.2.3"));
    assertThat(ClientAddress.of(spoofed, List.of())).isEqualTo("203.0.113.5");
    assertThat(ClientAddress.of(spoofed, List.of("10.0.0.0/8"))).isEqualTo("203.0.113.5");
  }

  @Test
  void behindTrustedProxiesTheRightmostUntrustedHopIsTheClient() {
    var viaTwo = request("10.0.0.2", Map.of("X-Forwarded-For", "1.1.1.1, 198.51.100.9, 10.0.0.7"));
    // 1.1.1.1 was written by the client itself; the proxies vouch only for 198.51.100.9
    assertThat(ClientAddress.of(viaTwo, List.of("10.0.0.0/8"))).isEqualTo("198.51.100.9");
    var garbage = request("10.0.0.2", Map.of("X-Forwarded-For", "example.org"));
    assertThat(ClientAddress.of(garbage, List.of("10.0.0.0/8"))).isEqualTo("10.0.0.2");
    var allInside = request("10.0.0.2", Map.of("X-Forwarded-For", "10.9.9.9, 10.0.0.7"));
    assertThat(ClientAddress.of(allInside, List.of("10.0.0.0/8"))).isEqualTo("10.9.9.9");
  }

  @Test
  void networksAreTheSlash24AndSlash64() {
    assertThat(ClientAddress.network("203.0.113.77")).isEqualTo("203.0.113.0/24");
    assertThat(ClientAddress.network(ClientAddress.normalise("2001:db8:1:2:3::9")))
        .isEqualTo("2001:db8:1:2::/64");
  }

  @Test
  void onlyLiteralsAreParsedSoNoHostNameIsLookedUp() {
    assertThat(ClientAddress.isLiteral("abc")).isFalse();
    assertThat(ClientAddress.isLiteral("localhost")).isFalse();
    assertThat(ClientAddress.normalise("deadbeef")).isNull();
    assertThat(ClientAddress.normalise("::1")).isEqualTo("0:0:0:0:0:0:0:1");
    assertThat(ClientAddress.normalise("0:0:0:0:0:0:0:1%0")).isEqualTo("0:0:0:0:0:0:0:1");
    assertThat(ClientAddress.normalise("[::1]")).isEqualTo("0:0:0:0:0:0:0:1");
    assertThat(ClientAddress.Cidr.contains("::1", "0:0:0:0:0:0:0:1")).isTrue();
  }
}
