package org.ccioacademy.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The page someone asked for while signed out, to take them back to once they have signed in (by
 * password, with a second step, or by single sign-on) instead of to their home page: a QR check-in
 * link scanned on a signed-out phone ends on the check-in page. Kept in the session, and only ever
 * a path in this application, never an address from the request's parameters, so it cannot send
 * anyone to another site.
 */
public final class ReturnTo {

  /** Session attribute: the path and query, after the context path. */
  static final String ATTRIBUTE = "ccio.returnTo";

  private static final int MAX_LENGTH = 2000;

  private ReturnTo() {}

  /** Remembers the page this (signed-out, GET) request asked for. */
  public static void remember(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    String target = query == null ? path : path + "?" + query;
    if (isSafe(target)) {
      request.getSession().setAttribute(ATTRIBUTE, target);
    }
  }

  /**
   * The page to go back to, as an address to redirect to (with the context path), forgotten as it
   * is taken; empty when there is none.
   */
  public static Optional<String> take(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object target = session.getAttribute(ATTRIBUTE);
    session.removeAttribute(ATTRIBUTE);
    return target instanceof String path && isSafe(path)
        ? Optional.of(request.getContextPath() + path)
        : Optional.empty();
  }

  /** Forgets the page, when the sign-in has gone there some other way. */
  public static void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }

  /**
   * Whether {@code target} is a page of this application to go back to: a path from its root (not
   * "//host", which a browser reads as another site), without backslashes or control characters,
   * not the API and not a sign-in page.
   */
  static boolean isSafe(String target) {
    if (target == null
        || target.length() > MAX_LENGTH
        || !target.startsWith("/")
        || target.startsWith("//")
        || target.startsWith("/api/")
        || target.startsWith("/sign-in")
        || target.startsWith("/jakarta.faces.resource/")) {
      return false;
    }
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c < 0x21 || c == 0x7f || c == '\\' || c > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
