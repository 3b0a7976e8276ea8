package org.ccioacademy.identity;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;
import org.ccioacademy.platform.web.RequestId;

/**
 * The reviewer API ({@code /api/review/*}, mapped in web.xml) with a token instead of a session: a
 * request with {@code Authorization: Bearer <token>} is signed in as the token's owner for that
 * request only (any session the sign-in makes is ended with the request), and one with a token that
 * is unknown, revoked or expired is refused with 401 whatever else it carries. Requests without the
 * header go on as before (the browser's sign-in).
 */
public class ApiTokenFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ApiTokenFilter.class.getName());

  @Inject SecurityContext security;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    HttpSession brought = request.getSession(false);
    if (brought != null) {
      brought.invalidate();
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new ApiTokenCredential(header.substring(7).strip())));
    try {
      if (status != AuthenticationStatus.SUCCESS) {
        LOG.info("Refused an API token on " + request.getRequestURI() + ": " + status);
        refuse(response);
        return;
      }
      chain.doFilter(request, response);
    } finally {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
    }
  }

  /** 401 as the API's other errors are told: JSON with a plain message and the request id. */
  private static void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                .add(
                    "message",
                    "This API token is not valid: it may be mistyped, revoked or expired.")
                .add("requestId", String.valueOf(RequestId.current()))
                .build()
                .toString());
  }
}
