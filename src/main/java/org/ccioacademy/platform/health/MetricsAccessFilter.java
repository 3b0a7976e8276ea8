package org.ccioacademy.platform.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;
import org.ccioacademy.platform.security.ClientAddress;
import org.ccioacademy.platform.security.ClientAddresses;
import org.eclipse.microprofile.config.Config;

/**
 * Keeps {@code /metrics} to signed-in admins and the scrapers of {@code ccio.metrics.scrapers}
 * (addresses or CIDR networks, comma-separated; empty: admins only). Everyone else gets 404, as if
 * there were nothing there.
 *
 * <p>Payara Micro adds its MicroProfile Metrics servlet to the application deployed at the root
 * context, so this filter (mapped in web.xml) stands in front of it. Payara's own switch ({@code
 * set-metrics-configuration --securityenabled}) would ask for HTTP Basic against its file realm,
 * which has no users here; the client address is the one {@link ClientAddresses} works out behind
 * the trusted proxies.
 */
public class MetricsAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(MetricsAccessFilter.class.getName());

  @Inject ClientAddresses clients;
  @Inject Config config;

  private List<String> scrapers = List.of();

  @Override
  public void init() throws ServletException {
    // read by hand: Payara's injection cannot make an Optional<List<String>>
    scrapers = config.getOptionalValues("ccio.metrics.scrapers", String.class).orElse(List.of());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String address = clients.of(request);
    if (request.isUserInRole("ADMIN") || ClientAddress.inAny(address, scrapers)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.fine(() -> "Metrics refused to " + address);
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
