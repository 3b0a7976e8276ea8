package org.ccioacademy.lrs.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccioacademy.lrs.XapiException;

/**
 * An xAPI request as the resources read it: its method, resource path, parameters (each at most
 * once), headers and body, whether it came as itself or in xAPI 1.0.3's alternate request syntax (a
 * POST with {@code ?method=} and the headers, parameters and content in a form).
 */
final class XapiRequest {

  /** Headers the alternate request syntax may carry in its form. */
  private static final Set<String> FORM_HEADERS =
      Set.of(
          "authorization",
          "x-experience-api-version",
          "content-type",
          "content-length",
          "if-match",
          "if-none-match");

  final String method;
  final String path;
  final Map<String, String> parameters;
  private final Map<String, String> headers;
  final byte[] body;
  final boolean alternate;

  private XapiRequest(
      String method,
      String path,
      Map<String, String> parameters,
      Map<String, String> headers,
      byte[] body,
      boolean alternate) {
    this.method = method;
    this.path = path;
    this.parameters = parameters;
    this.headers = headers;
    this.body = body;
    this.alternate = alternate;
  }

  String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  String contentType() {
    String t = header("content-type");
    return t == null ? "" : t;
  }

  /** The media type, without its parameters, in lower case. */
  String mediaType() {
    return contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
  }

  static XapiRequest of(HttpServletRequest r, long maxBytes) throws IOException {
    String path = r.getPathInfo() == null ? "" : r.getPathInfo();
    Map<String, String> query = decode(r.getQueryString(), "query");
    Map<String, String> headers = new LinkedHashMap<>();
    for (var names = r.getHeaderNames(); names.hasMoreElements(); ) {
      String n = names.nextElement();
      headers.put(n.toLowerCase(Locale.ROOT), r.getHeader(n));
    }
    byte[] body = read(r.getInputStream(), maxBytes);
    if (!"POST".equals(r.getMethod()) || !query.containsKey("method")) {
      return new XapiRequest(r.getMethod(), path, query, headers, body, false);
    }
    // the alternate request syntax
    if (query.size() > 1) {
      throw XapiException.bad(
          "A request in the alternate syntax (?method=) has no other query parameters");
    }
    String method = query.get("method").toUpperCase(Locale.ROOT);
    if (!Set.of("GET", "PUT", "POST", "DELETE", "HEAD").contains(method)) {
      throw XapiException.bad("method: \"" + query.get("method") + "\" is not an HTTP method here");
    }
    String type = headers.getOrDefault("content-type", "");
    if (!type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      throw XapiException.bad(
          "A request in the alternate syntax must be a form (application/x-www-form-urlencoded)");
    }
    Map<String, String> form = decode(new String(body, StandardCharsets.UTF_8), "form");
    Map<String, String> parameters = new LinkedHashMap<>();
    Map<String, String> formHeaders = new LinkedHashMap<>(headers);
    // the content is JSON unless the form says otherwise
    formHeaders.put("content-type", "application/json");
    byte[] content = new byte[0];
    for (var e : form.entrySet()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      if (FORM_HEADERS.contains(key)) {
        formHeaders.put(key, e.getValue());
      } else if (e.getKey().equals("content")) {
        content = e.getValue().getBytes(StandardCharsets.UTF_8);
      } else {
        parameters.put(e.getKey(), e.getValue());
      }
    }
    return new XapiRequest(method, path, parameters, formHeaders, content, true);
  }

  private static byte[] read(InputStream in, long max) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw new XapiException(
          413, "The request is larger than this LRS takes (" + max / (1024 * 1024) + " MB)");
    }
    return bytes;
  }

  private static Map<String, String> decode(String s, String what) {
    Map<String, String> out = new LinkedHashMap<>();
    if (s == null || s.isEmpty()) {
      return out;
    }
    for (String pair : s.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name;
      String value;
      try {
        name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw XapiException.bad("The " + what + " is not properly encoded");
      }
      if (out.put(name, value) != null) {
        throw XapiException.bad("The parameter \"" + name + "\" is given twice");
      }
    }
    return out;
  }
}
