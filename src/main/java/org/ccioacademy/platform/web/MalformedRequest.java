package org.ccioacademy.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Input no browser sends, found while a request is served: answered 400 (or 413 when too large)
 * with a plain page by {@link RequestFilter}, never 500. {@link Guarded} finds it in the request;
 * {@link #of} recognises what PostgreSQL refuses as data (a NUL byte in a path, say).
 */
public final class MalformedRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public MalformedRequest(int status, String why, Throwable cause) {
    super(why, cause);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /**
   * The malformed input behind a failure, if that is what it was: ours, or PostgreSQL's "data
   * exception" class of errors (SQLSTATE 22: a NUL byte, a number out of range, a bad encoding),
   * which only input can cause.
   */
  public static Optional<MalformedRequest> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MalformedRequest m) {
        return Optional.of(m);
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("22")) {
        return Optional.of(
            new MalformedRequest(400, "a value the database cannot take: " + sql.getMessage(), t));
      }
    }
    return Optional.empty();
  }

  /**
   * The request as the application sees it: a parameter with a NUL byte (never typed by anyone) is
   * refused when it is first read, and a file upload that is not multipart, or a broken or
   * oversized one, is refused (or read as no file) instead of failing inside Faces.
   */
  static final class Guarded extends HttpServletRequestWrapper {

    Guarded(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      try {
        return checked(super.getParameter(name));
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw unreadable(e);
      }
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values;
      try {
        values = super.getParameterValues(name);
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw unreadable(e);
      }
      if (values != null) {
        for (String v : values) {
          checked(v);
        }
      }
      return values;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> map;
      try {
        map = super.getParameterMap();
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw unreadable(e);
      }
      for (Map.Entry<String, String[]> e : map.entrySet()) {
        checked(e.getKey());
        for (String v : e.getValue()) {
          checked(v);
        }
      }
      return map;
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
      return isMultipart() ? reading(super::getParts) : List.of();
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
      return isMultipart() ? reading(() -> super.getPart(name)) : null;
    }

    /** Reading the parts of a multipart body. */
    private interface PartsRead<T> {
      T read() throws IOException, ServletException;
    }

    private static <T> T reading(PartsRead<T> read) {
      try {
        return read.read();
      } catch (IllegalStateException tooLarge) {
        throw new MalformedRequest(413, "an upload over the size limit", tooLarge);
      } catch (IOException | ServletException | RuntimeException broken) {
        throw new MalformedRequest(400, "a broken multipart body", broken);
      }
    }

    private boolean isMultipart() {
      String type = getContentType();
      return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The server could not read the form: too large (Grizzly: "Post too large") or broken. */
    private static MalformedRequest unreadable(RuntimeException e) {
      String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      return new MalformedRequest(m.contains("too large") ? 413 : 400, "an unreadable form", e);
    }

    private static String checked(String value) {
      if (value != null && value.indexOf('\u0000') >= 0) {
        throw new MalformedRequest(400, "a NUL byte in a parameter", null);
      }
      return value;
    }
  }
}
