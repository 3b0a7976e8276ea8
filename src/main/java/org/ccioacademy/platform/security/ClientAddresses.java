package org.ccioacademy.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * The client address of a request ({@link ClientAddress}) with the trusted proxies of {@code
 * ccio.http.trusted-proxies} (addresses or CIDR networks, comma-separated; empty: none, so the
 * direct peer is the client).
 */
@ApplicationScoped
public class ClientAddresses {

  /** Request attribute where the address is kept once worked out. */
  public static final String ATTRIBUTE = "ccio.clientAddress";

  private List<String> trustedProxies;

  /** For CDI's proxy. */
  ClientAddresses() {}

  @Inject
  ClientAddresses(Config config) {
    // read by hand: Payara's injection cannot make an Optional<List<String>>
    this.trustedProxies =
        config.getOptionalValues("ccio.http.trusted-proxies", String.class).orElse(List.of());
  }

  public String of(HttpServletRequest request) {
    Object known = request.getAttribute(ATTRIBUTE);
    if (known instanceof String s) {
      return s;
    }
    String address = ClientAddress.of(request, trustedProxies);
    String result = address == null ? "unknown" : address;
    request.setAttribute(ATTRIBUTE, result);
    return result;
  }
}
