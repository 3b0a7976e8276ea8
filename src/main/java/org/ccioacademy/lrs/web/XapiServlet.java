package org.ccioacademy.lrs.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.lrs.Cmi5Sessions;
import org.ccioacademy.lrs.LrsClient;
import org.ccioacademy.lrs.LrsClients;
import org.ccioacademy.lrs.XapiException;
import org.ccioacademy.lrs.XapiVersion;
import org.ccioacademy.platform.web.RequestId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Learning Record Store at {@code /xapi}: xAPI 1.0.3 and 2.0 (the version header says which),
 * clients signed in by HTTP Basic, every resource of the specification. Every answer carries the
 * version; a refusal says why in {@code {"message": …}}; browsers may call it from any origin (it
 * takes no cookies, only the credentials a request carries).
 */
@WebServlet("/xapi/*")
public class XapiServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(XapiServlet.class.getName());
  static final String VERSION = "X-Experience-API-Version";

  @Inject LrsClients clients;
  @Inject StatementsEndpoint statements;
  @Inject DocumentsEndpoint documents;
  @Inject Cmi5Sessions cmi5;

  @Inject
  @ConfigProperty(name = "ccio.lrs.max-megabytes", defaultValue = "20")
  int maxMegabytes;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setDateHeader("Date", System.currentTimeMillis());
    // until the request names its version: the latest this LRS speaks
    response.setHeader(VERSION, XapiVersion.V2_0_0.header());
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader(
        "Access-Control-Expose-Headers",
        "ETag, Last-Modified, Content-Type, X-Experience-API-Version,"
            + " X-Experience-API-Consistent-Through");
    response.setHeader("Cache-Control", "no-store");
    if ("OPTIONS".equals(request.getMethod())) {
      response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, PUT, POST, DELETE, OPTIONS");
      response.setHeader(
          "Access-Control-Allow-Headers",
          "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match");
      response.setHeader("Access-Control-Max-Age", "600");
      response.setStatus(204);
      return;
    }
    try {
      XapiRequest x = XapiRequest.of(request, maxMegabytes * 1024L * 1024L);
      if (x.path.equals("/about")) {
        about(x, response);
        return;
      }
      if (x.path.startsWith("/cmi5/fetch/")) {
        fetch(x, response);
        return;
      }
      XapiVersion version = XapiVersion.of(x.header(VERSION));
      response.setHeader(VERSION, version.header());
      if (x.alternate && version.is2()) {
        throw XapiException.bad("xAPI 2.0 has no alternate request syntax (?method=)");
      }
      Optional<LrsClient> client = authenticate(x.header("Authorization"));
      if (client.isEmpty()) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"CCIO Academy LRS\"");
        throw new XapiException(401, "Send the key and secret of an LRS client (HTTP Basic)");
      }
      boolean read = x.method.equals("GET") || x.method.equals("HEAD");
      if (read ? !client.get().mayRead() : !client.get().mayWrite()) {
        throw new XapiException(
            403, "This client may not " + (read ? "read from" : "write to") + " the LRS");
      }
      switch (x.path) {
        case "/statements", "/statements/" -> statements.handle(x, version, client.get(), response);
        case "/activities/state" -> documents.state(x, version, client.get(), response);
        case "/activities/profile" -> documents.activityProfile(x, version, client.get(), response);
        case "/agents/profile" -> documents.agentProfile(x, version, client.get(), response);
        case "/activities" -> documents.activity(x, client.get(), response);
        case "/agents" -> documents.agent(x, response);
        default -> {
          if (x.path.startsWith("/statements/more/")) {
            statements.more(x, version, client.get(), response);
          } else {
            throw new XapiException(404, "There is no xAPI resource " + x.path);
          }
        }
      }
    } catch (XapiException e) {
      LOG.fine(() -> request.getMethod() + " " + request.getRequestURI() + ": " + e.getMessage());
      refuse(response, e.status(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Request "
              + RequestId.current()
              + " failed: "
              + request.getMethod()
              + " "
              + request.getRequestURI(),
          e);
      refuse(
          response,
          500,
          "The LRS could not do that; nothing was stored. Reference " + RequestId.current());
    }
  }

  private void about(XapiRequest x, HttpServletResponse response) throws IOException {
    if (!x.method.equals("GET") && !x.method.equals("HEAD")) {
      throw new XapiException(405, "The About resource is only read");
    }
    String v = x.header(VERSION);
    if (v != null) {
      try {
        response.setHeader(VERSION, XapiVersion.of(v).header());
      } catch (XapiException ignored) {
        // About answers whatever version a client speaks
      }
    }
    Responses.json(
        response,
        200,
        Json.createObjectBuilder()
            .add("version", Json.createArrayBuilder().add("1.0.3").add("2.0.0"))
            .add("extensions", Json.createObjectBuilder())
            .build()
            .toString(),
        x.method.equals("HEAD"));
  }

  /**
   * A cmi5 AU's fetch URL: its session's credentials, once (cmi5 8.2); every answer is 200 with
   * JSON, an error named by its code.
   */
  private void fetch(XapiRequest x, HttpServletResponse response) throws IOException {
    String body;
    if (!x.method.equals("POST")) {
      body = error("2", "The fetch URL is called with POST");
    } else {
      body =
          cmi5.fetch(x.path.substring("/cmi5/fetch/".length()))
              .map(t -> Json.createObjectBuilder().add("auth-token", t).build().toString())
              .orElse(
                  error(
                      "1",
                      "The authorization token has already been returned, or the session ended"));
    }
    Responses.json(response, 200, body, false);
  }

  private static String error(String code, String text) {
    return Json.createObjectBuilder()
        .add("error-code", code)
        .add("error-text", text)
        .build()
        .toString();
  }

  private Optional<LrsClient> authenticate(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return clients.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    Responses.json(
        response,
        status,
        Json.createObjectBuilder().add("message", message).build().toString(),
        false);
  }
}
