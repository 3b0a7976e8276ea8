package org.ccioacademy.certificates.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The short link printed and QR-coded on certificates, {@code /verify/<id>}: it opens the public
 * verification page for that id.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String id = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
    resp.sendRedirect(
        req.getContextPath()
            + "/verify.xhtml?id="
            + URLEncoder.encode(
                id.length() > 60 ? id.substring(0, 60) : id, StandardCharsets.UTF_8));
  }
}
