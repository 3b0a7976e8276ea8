package org.ccioacademy.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * First filter for every request: gives it a request id, sets the security headers, and logs any
 * failure with that id before the container shows the plain-English error page.
 *
 * <p>Faces pages get their Content-Security-Policy from PrimeFaces (which adds a per-request nonce
 * for its scripts, see {@code primefaces.CSP_POLICY} in web.xml); everything else gets the strict
 * default below. The response wrapper makes PrimeFaces' header replace the default rather than add
 * a second one.
 */
public class RequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(RequestFilter.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  static final String CSP = "Content-Security-Policy";
  static final String DEFAULT_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data: https:; font-src 'self' data:; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = (String) request.getAttribute(RequestId.ATTRIBUTE);
    boolean first = id == null;
    if (first) {
      byte[] bytes = new byte[6];
      RANDOM.nextBytes(bytes);
      id = HexFormat.of().formatHex(bytes);
      request.setAttribute(RequestId.ATTRIBUTE, id);
    }
    RequestId.set(id);
    HttpServletResponse wrapped = first ? new SingleCspResponse(response) : response;
    // on an error dispatch the container has reset the response, headers included: set them again
    if (!wrapped.containsHeader("X-Request-Id")) {
      wrapped.setHeader("X-Request-Id", id);
      wrapped.setHeader(CSP, DEFAULT_CSP);
      wrapped.setHeader("X-Content-Type-Options", "nosniff");
      wrapped.setHeader("X-Frame-Options", "DENY");
      wrapped.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
      wrapped.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
      if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
        // pages carry personal data: never keep them in shared or browser caches
        wrapped.setHeader("Cache-Control", "no-store");
      }
    }
    try {
      chain.doFilter(request, wrapped);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      String what =
          "Request " + id + " failed: " + request.getMethod() + " " + request.getRequestURI();
      if (causedBy(e, "jakarta.faces.application.ViewExpiredException")) {
        LOG.info(what + ": the page had expired");
      } else {
        LOG.log(Level.SEVERE, what, e);
      }
      throw e;
    } finally {
      if (first) {
        RequestId.clear();
      }
    }
  }

  private static boolean causedBy(Throwable e, String className) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getName().equals(className)) {
        return true;
      }
    }
    return false;
  }

  /** Turns a second Content-Security-Policy header into a replacement of the first. */
  private static final class SingleCspResponse extends HttpServletResponseWrapper {
    SingleCspResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
