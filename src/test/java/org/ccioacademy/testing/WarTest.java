package org.ccioacademy.testing;

import java.net.URL;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of an integration test run against the WAR as shipped (at the root context, as the
 * launcher deploys it) on Payara Micro with a real PostgreSQL: the application's address, and web
 * clients, each its own session, signed in as a test user. The classes of a test JVM share one
 * server ({@link SharedServer}); the database starts first and the test class's static set-up runs
 * next (the course files it writes are imported before its tests). A test that needs other settings
 * declares its own deployment with {@link Deployments#war(String)} and is a {@link ContainerTest}
 * without this base (Arquillian then starts a server for it alone).
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ClassSetUpFirst.class)
@ExtendWith(SharedServer.class)
public abstract class WarTest {

  /** The application's address, ending in a slash. */
  protected URL base;

  /** A new client, signed out, with a session of its own. */
  protected WebClient client() throws Exception {
    return new WebClient(base.toURI());
  }

  /** A new client (a session of its own) signed in as {@code user}. */
  protected WebClient signedIn(TestUser user) throws Exception {
    WebClient web = client();
    web.signIn(user.email(), user.password());
    return web;
  }
}
