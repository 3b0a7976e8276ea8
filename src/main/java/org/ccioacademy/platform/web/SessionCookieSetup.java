package org.ccioacademy.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session cookie: HttpOnly (scripts cannot read it) and Secure when the site is served over
 * HTTPS ({@code ccio.session.cookie-secure}). SameSite=Lax is set for every cookie by the HTTP
 * listener (config/payara-preboot.asadmin), as Payara does not apply the Servlet 6 cookie attribute
 * to its session cookie.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

  @Inject
  @ConfigProperty(name = "ccio.session.cookie-secure", defaultValue = "false")
  boolean secure;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setName("CCIO_SESSION");
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
  }
}
