package org.ccioacademy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people use to reach the site ({@code ccio.public-url}): links in emails, calendar
 * files and credentials are built from it, never from the request's Host header (which a client
 * chooses). Whether it is https also decides the cookie's {@code Secure} flag and HSTS.
 */
@ApplicationScoped
@Named
public class PublicUrl {

  private final String base;

  /** For CDI's proxy. */
  PublicUrl() {
    this.base = "";
  }

  @Inject
  public PublicUrl(
      @ConfigProperty(name = "ccio.public-url", defaultValue = "http://localhost:8080")
          String publicUrl) {
    this.base = of(publicUrl);
  }

  /** The setting without a trailing slash; checked to be an absolute http(s) address. */
  static String of(String publicUrl) {
    String trimmed = publicUrl.strip().replaceAll("/+$", "");
    URI uri = URI.create(trimmed);
    if (uri.getHost() == null
        || !("http".equalsIgnoreCase(uri.getScheme())
            || "https".equalsIgnoreCase(uri.getScheme()))) {
      throw new IllegalArgumentException(
          "ccio.public-url must be an absolute http or https address, not " + publicUrl);
    }
    return trimmed;
  }

  /** The base address, without a trailing slash. */
  public String base() {
    return base;
  }

  /** The scheme, host and port only, as a browser's Origin header names the site. */
  public String origin() {
    URI uri = URI.create(base);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  /** An absolute link to {@code path} (which starts with a slash). */
  public String link(String path) {
    return base + path;
  }

  public boolean isHttps() {
    return base.regionMatches(true, 0, "https:", 0, 6);
  }
}
