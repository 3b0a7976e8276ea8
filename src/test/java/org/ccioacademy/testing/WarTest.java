package org.ccioacademy.testing;

import java.net.URL;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The base of an integration test run against the WAR as shipped (at the root context, as the
 * launcher deploys it) on Payara Micro with a real PostgreSQL: the deployment, the application's
 * address, and web clients, each its own session, signed in as a test user. A test that needs other
 * settings declares its own deployment with {@link Deployments#war(String)} and is a {@link
 * ContainerTest} without this base.
 */
@ContainerTest
public abstract class WarTest {

  @ArquillianResource protected URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

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
