package org.ccioacademy.platform.web;

/**
 * The id of the request being served on this thread. It is sent back in the {@code X-Request-Id}
 * header, shown on error pages and written in log lines and audit rows, so a user's report can be
 * matched to the log.
 */
public final class RequestId {

  /** Request attribute holding the id, for pages. */
  public static final String ATTRIBUTE = "ccio.requestId";

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestId() {}

  /** The current request's id, or null outside a request (start-up jobs). */
  public static String current() {
    return CURRENT.get();
  }

  static void set(String id) {
    CURRENT.set(id);
  }

  static void clear() {
    CURRENT.remove();
  }
}
