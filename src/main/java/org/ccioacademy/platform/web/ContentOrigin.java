package org.ccioacademy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where untrusted content (SCORM packages) is served from ({@code ccio.scorm.content-origin}).
 * Unset: from the application's own host, each page sandboxed into an origin of its own (the
 * safest, but a package's frames cannot reach one another). Set to another host name ({@code
 * content.example.nhs.uk}, same scheme and port as the request) or a whole origin ({@code
 * https://content.example.nhs.uk}) that reaches this server: the package keeps that origin, so its
 * frames work together, while the application's pages and cookies (host-only) stay out of its
 * reach.
 */
@ApplicationScoped
public class ContentOrigin {

  private final String configured;

  @Inject
  public ContentOrigin(
      @ConfigProperty(name = "ccio.scorm.content-origin") Optional<String> configured) {
    this.configured = configured.map(c -> c.strip().replaceAll("/+$", "")).orElse("");
  }

  /** For CDI's proxy. */
  protected ContentOrigin() {
    this.configured = "";
  }

  /** Whether content has an origin of its own (a host other than the application's). */
  public boolean isSeparate() {
    return !configured.isEmpty();
  }

  /** The origin content is served from, as seen from a request to the application. */
  public String of(HttpServletRequest request) {
    if (configured.contains("://")) {
      return configured;
    }
    String host = configured.isEmpty() ? request.getServerName() : configured;
    return request.getScheme() + "://" + host + port(request);
  }

  /** The origin the browser reached this server at. */
  public static String requestOrigin(HttpServletRequest request) {
    return request.getScheme() + "://" + request.getServerName() + port(request);
  }

  /** Whether a request came in on the content origin (not the application's host). */
  public boolean isContentRequest(HttpServletRequest request) {
    if (!isSeparate()) {
      return true;
    }
    if (configured.contains("://")) {
      URI u = URI.create(configured);
      return u.getHost() != null && u.getHost().equalsIgnoreCase(request.getServerName());
    }
    return configured
        .toLowerCase(Locale.ROOT)
        .equals(request.getServerName().toLowerCase(Locale.ROOT));
  }

  private static String port(HttpServletRequest request) {
    int port = request.getServerPort();
    boolean usual =
        ("http".equals(request.getScheme()) && port == 80)
            || ("https".equals(request.getScheme()) && port == 443);
    return usual ? "" : ":" + port;
  }
}
