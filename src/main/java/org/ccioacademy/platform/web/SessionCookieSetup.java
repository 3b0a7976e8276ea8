package org.ccioacademy.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie: HttpOnly (scripts cannot read it) and Secure whenever the site's public
 * address ({@code ccio.public-url}) is https, so there is no separate switch to forget.
 * SameSite=Lax is set for every cookie, once, by the HTTP listener (config/payara-preboot.asadmin),
 * as Payara does not apply the Servlet 6 cookie attribute to its session cookie.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

  @Inject PublicUrl publicUrl;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setName("CCIO_SESSION");
    cookie.setHttpOnly(true);
    cookie.setSecure(publicUrl.isHttps());
  }
}
