package org.ccioacademy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version of the site's own stylesheets and scripts ({@code /resources}): the first 12 hex
 * digits of a SHA-256 over their paths and contents, so it changes exactly when one of them does.
 * OmniFaces' {@code VersionedResourceHandler} puts it in their addresses ({@code ?v=...}, see
 * web.xml), which lets browsers keep them for a year (as PrimeFaces' own, versioned by release) and
 * never keep an old one after a release that changed it.
 */
@Named
@ApplicationScoped
public class ResourceVersion {

  @Inject ServletContext servletContext;

  private volatile String version;

  /** The version, worked out once. */
  public String getValue() {
    String v = version;
    if (v == null) {
      v = compute();
      version = v;
    }
    return v;
  }

  private String compute() {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String path : files("/resources/")) {
      digest.update(path.getBytes(StandardCharsets.UTF_8));
      try (InputStream in = servletContext.getResourceAsStream(path)) {
        if (in != null) {
          digest.update(in.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
  }

  /** Every file under {@code folder} in the web application, in a stable order. */
  private Set<String> files(String folder) {
    Set<String> out = new TreeSet<>();
    Set<String> here = servletContext.getResourcePaths(folder);
    if (here == null) {
      return out;
    }
    for (String p : here) {
      if (p.endsWith("/")) {
        out.addAll(files(p));
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
