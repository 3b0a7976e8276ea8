package org.ccioacademy.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that `mvn package` built: the tests run the real thing, not a hand-picked archive. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("ccio.test.war", "target/ccio-academy.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
