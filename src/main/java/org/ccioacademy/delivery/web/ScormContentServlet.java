package org.ccioacademy.delivery.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.ccioacademy.catalogue.ContentPackages;
import org.ccioacademy.catalogue.scorm.Cmi12;
import org.ccioacademy.catalogue.scorm.Cmi2004;
import org.ccioacademy.catalogue.scorm.CmiRules;
import org.ccioacademy.catalogue.scorm.PackagePaths;
import org.ccioacademy.delivery.scorm.ScormCommit;
import org.ccioacademy.delivery.scorm.ScormLaunches;
import org.ccioacademy.platform.web.ContentOrigin;

/**
 * Serves content packages, which are untrusted, to the frame of the module player: {@code
 * /scorm/<launch secret>/<path in the package>}. The secret in the address is the only authority
 * (the page needs no cookie, and gets none: a sandboxed frame's requests are cross-site); every
 * answer carries a Content-Security-Policy that sandboxes the page (an origin of its own, so it can
 * reach neither the application's pages nor its cookies, even when opened on its own), its real
 * media type with {@code nosniff}, and no referrer. Every HTML page of the package gets the
 * run-time API ({@code ~ccio/api.js}); the API commits to {@code ~ccio/commit}.
 */
@WebServlet("/scorm/*")
public class ScormContentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ScormContentServlet.class.getName());
  static final String RUNTIME = "~ccio/";
  private static final int MAX_COMMIT_BYTES = 1024 * 1024;
  private static final String ENGINE = engine();

  @Inject transient ScormLaunches launches;
  @Inject transient ContentOrigin contentOrigin;
  @Inject transient ContentPackages packages;

  private static String engine() {
    try (InputStream in =
        ScormContentServlet.class.getResourceAsStream(
            "/org/ccioacademy/delivery/scorm/scorm-runtime.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("The SCORM run-time script is missing from the build", e);
    }
  }

  /** The launch secret and the path in the package, from the request's path. */
  private record Target(String token, String path) {}

  private static Target target(HttpServletRequest request) {
    String info = request.getPathInfo();
    if (info == null || info.length() < 2) {
      return null;
    }
    int slash = info.indexOf('/', 1);
    if (slash < 0) {
      return null;
    }
    // the container has decoded the path already
    return new Target(info.substring(1, slash), info.substring(slash + 1));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Target t = target(request);
    ScormLaunches.Launch launch =
        t == null || !contentOrigin.isContentRequest(request)
            ? null
            : launches.launch(t.token()).orElse(null);
    sandbox(request, response, launch);
    if (launch == null) {
      // no such launch, or one asked for on the application's own host when content has its own
      response.sendError(404);
      return;
    }
    if (t.path().equals(RUNTIME + "api.js")) {
      api(request, response, t.token(), launch);
      return;
    }
    if (PackagePaths.problem(t.path()) != null) {
      response.sendError(404);
      return;
    }
    ContentPackages.PackageFile file =
        launches.file(launch, PackagePaths.normalise(t.path())).orElse(null);
    if (file == null) {
      response.sendError(404);
      return;
    }
    String etag = "\"" + file.sha256() + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "private, max-age=3600");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(304);
      return;
    }
    byte[] content = file.content();
    String type = file.mediaType();
    if (type.startsWith("text/html")) {
      // the page says its own character set; the API goes in first, before its own scripts (a
      // cmi5 AU talks to the LRS instead)
      type = "text/html";
      if (!isCmi5(launch)) {
        content = withApi(content, request.getContextPath() + "/scorm/" + t.token() + "/");
      }
      response.setHeader("Cache-Control", "no-store");
    }
    response.setContentType(type);
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    sandbox(request, response, null);
    // the API's page has an origin of its own: it may read the answer, never with credentials
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Cache-Control", "no-store");
    Target t = target(request);
    if (t == null
        || !t.path().equals(RUNTIME + "commit")
        || !contentOrigin.isContentRequest(request)) {
      response.sendError(404);
      return;
    }
    JsonObject answer;
    int status = 200;
    try {
      byte[] body = read(request.getInputStream());
      JsonObject o =
          Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
              .readObject();
      answer = launches.commit(t.token(), ScormCommit.parse(o));
    } catch (ScormLaunches.Refused r) {
      status = r.status();
      answer = Json.createObjectBuilder().add("message", r.getMessage()).build();
      LOG.info("SCORM commit refused (" + status + "): " + r.getMessage());
    } catch (JsonException | ClassCastException e) {
      status = 400;
      answer =
          Json.createObjectBuilder()
              .add("message", "That is not a commit the player sends.")
              .build();
    } catch (TooLarge e) {
      status = 413;
      answer =
          Json.createObjectBuilder()
              .add("message", "That save is larger than the player sends.")
              .build();
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(answer.toString());
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private static byte[] read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_COMMIT_BYTES) {
        throw new TooLarge();
      }
    }
    return out.toByteArray();
  }

  /**
   * The run-time API with the launch's start: the standard's rules, the values, where to commit.
   */
  private void api(
      HttpServletRequest request,
      HttpServletResponse response,
      String token,
      ScormLaunches.Launch launch)
      throws IOException {
    ScormLaunches.Start start = launches.begin(launch);
    CmiRules rules = start.version().is2004() ? Cmi2004.rules() : Cmi12.rules();
    JsonObjectBuilder values = Json.createObjectBuilder();
    start.values().forEach(values::add);
    JsonObject config =
        Json.createObjectBuilder()
            .add("rules", rules(rules))
            .add("values", values)
            .add("item", start.item())
            .add(
                "commitUrl",
                request.getContextPath() + "/scorm/" + token + "/" + RUNTIME + "commit")
            .add(
                "appOrigin",
                launch.appOrigin() == null
                    ? ContentOrigin.requestOrigin(request)
                    : launch.appOrigin())
            .add("autoCommitMillis", 3000)
            .build();
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/javascript");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(ENGINE + "\nCcioScorm.start(" + config + ");\n");
  }

  private boolean isCmi5(ScormLaunches.Launch launch) {
    return packages
        .find(launches.packageOf(launch))
        .map(p -> p.getScormVersion().isCmi5())
        .orElse(false);
  }

  /** A data model's rules as the API engine reads them. */
  public static JsonObject rules(CmiRules r) {
    JsonObjectBuilder elements = Json.createObjectBuilder();
    for (Map.Entry<String, CmiRules.Element> e : r.elements().entrySet()) {
      JsonObjectBuilder el = Json.createObjectBuilder().add("access", e.getValue().access());
      if (e.getValue().form() != null) {
        el.add("form", e.getValue().form());
      }
      if (e.getValue().min() != null) {
        el.add("min", e.getValue().min());
      }
      if (e.getValue().max() != null) {
        el.add("max", e.getValue().max());
      }
      elements.add(e.getKey(), el);
    }
    JsonObjectBuilder children = Json.createObjectBuilder();
    r.children().forEach(children::add);
    JsonObjectBuilder errors = Json.createObjectBuilder();
    r.errors().forEach(errors::add);
    JsonObjectBuilder responses = Json.createObjectBuilder();
    r.responses().forEach((type, forms) -> responses.add(type, Json.createArrayBuilder(forms)));
    return Json.createObjectBuilder()
        .add("version", r.version())
        .add("elements", elements)
        .add("children", children)
        .add("arrays", Json.createArrayBuilder(r.arrays()))
        .add("errors", errors)
        .add("responses", responses)
        .build();
  }

  /**
   * Sandboxes whatever is served here. On the application's own host: a unique origin (no cookies,
   * no storage of the application's, no reach into its pages) with scripts and forms as packages
   * need them. On a content origin of its own: that origin kept, so the package's frames reach one
   * another. Either way framed only by the page that opened the launch, and without a referrer.
   */
  private void sandbox(
      HttpServletRequest request, HttpServletResponse response, ScormLaunches.Launch launch) {
    // named as well as 'self': in an origin of its own a page's 'self' is the server it came from;
    // the origin of the page that opened the launch too, where a cmi5 AU reaches the LRS
    String self =
        "'self' "
            + ContentOrigin.requestOrigin(request)
            + (launch == null || launch.appOrigin() == null ? "" : " " + launch.appOrigin());
    String ancestors =
        launch == null || launch.appOrigin() == null ? "'self'" : "'self' " + launch.appOrigin();
    response.setHeader(
        "Content-Security-Policy",
        "sandbox allow-scripts allow-forms allow-popups allow-modals allow-downloads"
            + (contentOrigin.isSeparate() ? " allow-same-origin" : "")
            + "; default-src "
            + self
            + " data: blob: 'unsafe-inline' 'unsafe-eval'; object-src 'none'; base-uri "
            + self
            + "; frame-ancestors "
            + ancestors);
    // superseded by frame-ancestors where browsers know it
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  /** The page with the API's script first in its head (or first of all when it has none). */
  static byte[] withApi(byte[] html, String base) {
    byte[] tag =
        ("<script src=\"" + base + RUNTIME + "api.js\"></script>").getBytes(StandardCharsets.UTF_8);
    String head =
        new String(html, 0, Math.min(html.length, 8192), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    int at = insertionPoint(head);
    byte[] out = new byte[html.length + tag.length];
    System.arraycopy(html, 0, out, 0, at);
    System.arraycopy(tag, 0, out, at, tag.length);
    System.arraycopy(html, at, out, at + tag.length, html.length - at);
    return out;
  }

  private static int insertionPoint(String start) {
    for (String element : new String[] {"<head", "<html"}) {
      int i = start.indexOf(element);
      while (i >= 0) {
        char next =
            i + element.length() < start.length() ? start.charAt(i + element.length()) : ' ';
        if (next == '>' || Character.isWhitespace(next)) {
          int close = start.indexOf('>', i);
          if (close > 0) {
            return close + 1;
          }
        }
        i = start.indexOf(element, i + 1);
      }
    }
    // no <head> or <html>: after a doctype, if there is one
    if (start.startsWith("<!doctype")) {
      int close = start.indexOf('>');
      return close < 0 ? 0 : close + 1;
    }
    return 0;
  }
}
