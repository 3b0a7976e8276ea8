package org.ccioacademy.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The error pages (web.xml sends every error status and exception here). Plain HTML written without
 * Faces, the database or any bean, so it still works when those are what failed. It shows a
 * plain-English explanation and the request id; the detail is in the log under that id.
 */
@WebServlet(name = "ErrorPageServlet", urlPatterns = "/error/*")
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private record Text(String title, String body) {}

  private static final Map<String, Text> TEXTS =
      Map.of(
          "400",
          new Text(
              "Sorry, that request could not be understood",
              "The page could not make sense of the request. Go back and try again."),
          "403",
          new Text(
              "You do not have permission to see this page",
              "Your account cannot open this page. If you think it should, ask an administrator"
                  + " to check your roles."),
          "413",
          new Text(
              "That was too large to send",
              "What you sent is larger than this site accepts. Nothing you had already saved has"
                  + " been lost. Go back and send a smaller file, or less text."),
          "429",
          new Text(
              "Too many attempts: please wait",
              "Too many attempts have come from your connection in a short time, so this form is"
                  + " paused for a few minutes to keep accounts safe. Nothing you had saved has"
                  + " been lost. Wait a few minutes and try again."),
          "404",
          new Text(
              "Page not found",
              "There is no page at this address. If you typed it, check it; if you followed a"
                  + " link, it may be out of date."),
          "500",
          new Text(
              "Sorry, something went wrong on our side",
              "The page could not be shown because of a problem in CCIO Academy. Nothing you had"
                  + " already saved has been lost. Try again in a moment."),
          "expired",
          new Text(
              "This page has expired",
              "The page was open for too long without being used, so it has expired for your"
                  + " security, and what you had not yet saved was not saved. Open the page"
                  + " again, signing in if asked."));

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String kind = request.getPathInfo() == null ? "404" : request.getPathInfo().substring(1);
    Text text = TEXTS.getOrDefault(kind, TEXTS.get("500"));
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (status == null) {
      // someone opened /error/... directly
      response.setStatus("expired".equals(kind) ? 200 : parse(kind));
    } else if ("expired".equals(kind)) {
      response.setStatus(400);
    }
    String requestId = String.valueOf(request.getAttribute(RequestId.ATTRIBUTE));
    String root = request.getContextPath() + "/";
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    PrintWriter out = response.getWriter();
    out.print(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
            + "<title>"
            + text.title()
            + " | CCIO Academy</title>"
            + "<link rel=\"stylesheet\" href=\""
            + root
            + "resources/css/ccio.css\"/></head><body>"
            + "<a href=\"#main\" class=\"skip-link\">Skip to main content</a>"
            + "<header class=\"site-header\"><div class=\"bar\"><a class=\"brand\" href=\""
            + root
            + "\">CCIO Academy</a></div></header>"
            + "<main id=\"main\" tabindex=\"-1\"><h1>"
            + text.title()
            + "</h1><p>"
            + text.body()
            + "</p><p>If you report this, quote the reference <span class=\"request-id\""
            + " id=\"request-id\">"
            + escape(requestId)
            + "</span> so we can find what happened.</p>"
            + "<p><a href=\""
            + root
            + "\">Go to the CCIO Academy home page</a></p></main>"
            + "<footer class=\"site-footer\"><nav aria-label=\"About this service\">"
            + "<ul class=\"footer-links\">"
            + footerLink(root, "help", "Help")
            + footerLink(root, "contact", "Contact us")
            + footerLink(root, "privacy", "Privacy notice")
            + footerLink(root, "accessibility", "Accessibility statement")
            + footerLink(root, "terms", "Terms of use")
            + footerLink(root, "usability", "Clinical systems: clinicians' ratings")
            + "</ul></nav></footer>"
            + "</body></html>\n");
  }

  private static String footerLink(String root, String page, String label) {
    return "<li><a href=\"" + root + page + "\">" + label + "</a></li>";
  }

  private static int parse(String kind) {
    try {
      return Integer.parseInt(kind);
    } catch (NumberFormatException e) {
      return 404;
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
