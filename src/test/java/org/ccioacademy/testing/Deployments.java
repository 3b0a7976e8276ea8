package org.ccioacademy.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that `mvn package` built: the tests run the real thing, not a hand-picked archive. It is
 * named ROOT.war so that Payara Micro deploys it at the root context, as the launcher does (Payara
 * adds its /metrics servlet to the root-context application, behind our filters).
 */
public final class Deployments {

  private static final ArchivePath CONFIG =
      ArchivePaths.create("/WEB-INF/classes/META-INF/microprofile-config.properties");

  private Deployments() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("ccio.test.war", "target/ccio-academy.war"));
    return ShrinkWrap.create(WebArchive.class, "ROOT.war")
        .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
  }

  /**
   * The WAR with settings of its own added to the shipped META-INF/microprofile-config.properties
   * (give {@code config_ordinal=500} among them to outrank the system properties the suite sets).
   */
  public static WebArchive war(String settings) {
    WebArchive war = war();
    Node shipped = war.get(CONFIG);
    String before = shipped == null ? "" : read(shipped) + "\n";
    war.delete(CONFIG);
    war.add(new StringAsset(before + settings), CONFIG);
    return war;
  }

  private static String read(Node node) {
    try (InputStream in = node.getAsset().openStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
