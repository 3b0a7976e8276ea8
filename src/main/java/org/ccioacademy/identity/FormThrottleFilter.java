package org.ccioacademy.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccioacademy.platform.security.ClientAddress;
import org.ccioacademy.platform.security.ClientAddresses;
import org.ccioacademy.platform.security.Throttle;
import org.ccioacademy.platform.security.Throttle.Rule;

/**
 * Refuses, with 429 and a plain page, the sign-in, registration, password-change and password reset
 * forms from a client address or network that has had its share ({@link Throttle}). Failed sign-ins
 * and wrong current passwords are counted where they are checked; every registration and every
 * password reset form sent (not a form's own Ajax updates) is counted here. Mapped in web.xml to
 * those pages.
 */
public class FormThrottleFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(FormThrottleFilter.class.getName());

  @Inject Throttle throttle;
  @Inject ClientAddresses clients;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String address = clients.of(request);
    String network = ClientAddress.network(address);
    String path = request.getServletPath();
    Optional<Instant> refused;
    Rule rule;
    if (path.equals("/register.xhtml")) {
      rule = Rule.REGISTER_ADDRESS;
      refused =
          "partial/ajax".equals(request.getHeader("Faces-Request"))
              ? throttle.refusedUntil(
                  Map.of(Rule.REGISTER_ADDRESS, address, Rule.REGISTER_NETWORK, network))
              : Throttle.refusedUntil(
                  throttle
                      .count(Map.of(Rule.REGISTER_ADDRESS, address, Rule.REGISTER_NETWORK, network))
                      .values());
    } else if (path.equals("/forgotten-password.xhtml")
        || path.equals("/reset-password.xhtml")
        || path.equals("/confirm-email.xhtml")) {
      // every form sent counts: asking for links, and trying links
      rule = Rule.RESET_ADDRESS;
      refused =
          Throttle.refusedUntil(
              throttle
                  .count(Map.of(Rule.RESET_ADDRESS, address, Rule.RESET_NETWORK, network))
                  .values());
    } else if (path.equals("/account/password.xhtml")) {
      rule = Rule.PASSWORD_ADDRESS;
      refused =
          throttle.refusedUntil(
              Map.of(Rule.PASSWORD_ADDRESS, address, Rule.PASSWORD_NETWORK, network));
    } else {
      rule = Rule.SIGNIN_ADDRESS;
      refused =
          throttle.refusedUntil(Map.of(Rule.SIGNIN_ADDRESS, address, Rule.SIGNIN_NETWORK, network));
    }
    if (refused.isPresent()) {
      throttle.refused(rule);
      LOG.warning("Refused " + path + " from " + address + ": too many attempts (" + rule + ")");
      long seconds = Math.max(1, Duration.between(Instant.now(), refused.get()).toSeconds());
      response.setHeader("Retry-After", Long.toString(seconds));
      response.sendError(429);
      return;
    }
    chain.doFilter(request, response);
  }
}
