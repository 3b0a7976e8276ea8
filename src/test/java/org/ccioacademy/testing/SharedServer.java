package org.ccioacademy.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * One Payara Micro with the shipped WAR for all the {@link WarTest} classes of a test JVM, started
 * by the first of them and stopped when the JVM ends: a server per class cost 14 to 26 s each, most
 * of the suite's time. It runs exactly as Arquillian runs the servers of the classes with settings
 * of their own (the options are read from {@code arquillian.xml}, so there is one place for them),
 * logs to {@code <ccio.test.serverLog>.shared} beside theirs, and has the same database, mail and
 * LRS receiver (one set for each test JVM).
 *
 * <p>The classes still write their courses before their tests run: when the courses folder has
 * changed since the server last imported it, the courses are reloaded (Admin → Courses → Reload, as
 * an admin would) before the class's first test, as a server started for the class would have
 * imported them.
 */
public final class SharedServer implements BeforeAllCallback, TestInstancePostProcessor {

  private static final Pattern PROPERTY =
      Pattern.compile(
          "<property name=\"(cmdOptions|extraMicroOptions|microJar)\">([^<]*)</property>");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

  private static Process process;
  private static URL base;
  private static String imported;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    start();
  }

  @Override
  public void postProcessTestInstance(Object test, ExtensionContext context) {
    ((WarTest) test).base = base;
  }

  private static synchronized void start() throws Exception {
    if (process != null && process.isAlive()) {
      String now = coursesPrint();
      if (!now.equals(imported)) {
        reload();
        imported = now;
      }
      return;
    }
    if (process != null) {
      throw new IllegalStateException(
          "The shared test server has stopped (exit " + process.exitValue() + "): " + tail());
    }
    TestDatabase.start();
    Map<String, String> settings = settings();
    Path work = Path.of(System.getProperty("ccio.test.workDir", "target/it"));
    Files.createDirectories(work);
    Path war = work.resolve("ROOT.war");
    Deployments.war().as(ZipExporter.class).exportTo(war.toFile(), true);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(words(settings.get("cmdOptions")));
    command.addAll(
        List.of(
            "-jar",
            settings.get("microJar"),
            "--deploy",
            war.toString(),
            "--port",
            String.valueOf(port),
            "--nocluster"));
    command.addAll(
        words(
            settings
                .get("extraMicroOptions")
                .replace(
                    System.getProperty("ccio.test.serverLog"),
                    System.getProperty("ccio.test.serverLog") + ".shared")));
    imported = coursesPrint();
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output().toFile())
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> process.destroy()));
    base = URI.create("http://localhost:" + port + "/").toURL();
    waitUntilReady();
  }

  /** The container's settings in arquillian.xml, with the suite's system properties put in. */
  private static Map<String, String> settings() throws IOException {
    String xml;
    try (InputStream in = SharedServer.class.getResourceAsStream("/arquillian.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> out = new HashMap<>();
    Matcher m = PROPERTY.matcher(xml);
    while (m.find()) {
      Matcher v = VARIABLE.matcher(m.group(2));
      StringBuilder value = new StringBuilder();
      while (v.find()) {
        String given = System.getProperty(v.group(1));
        if (given == null) {
          throw new IllegalStateException("arquillian.xml needs the system property " + v.group(1));
        }
        v.appendReplacement(value, Matcher.quoteReplacement(given));
      }
      v.appendTail(value);
      out.put(m.group(1), value.toString());
    }
    return out;
  }

  private static List<String> words(String s) {
    return Arrays.stream(s.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  private static Path output() {
    return Path.of(System.getProperty("ccio.test.workDir", "target/it"), "shared-server.out");
  }

  private static String tail() {
    try {
      List<String> lines = Files.readAllLines(output(), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e + ")";
    }
  }

  private static void waitUntilReady() throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(180));
    URL signIn = URI.create(base + "sign-in.xhtml").toURL();
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The shared test server did not start: " + tail());
      }
      try {
        HttpURLConnection c = (HttpURLConnection) signIn.openConnection();
        c.setConnectTimeout(1000);
        c.setReadTimeout(10_000);
        if (c.getResponseCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("The shared test server was not ready in 180 s: " + tail());
  }

  /** The courses folder's files, sizes and times: what the server imported when it last read it. */
  private static String coursesPrint() {
    StringBuilder print = new StringBuilder();
    try (Stream<Path> files = Files.walk(TestCourses.dir())) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        print
            .append(p)
            .append(' ')
            .append(Files.size(p))
            .append(' ')
            .append(Files.getLastModifiedTime(p).toMillis())
            .append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return print.toString();
  }

  /** Admin → Courses → Reload. */
  private static void reload() throws Exception {
    WebClient admin = new WebClient(base.toURI());
    TestUsers.TestUser user = TestUsers.create("ADMIN");
    admin.signIn(user.email(), user.password());
    WebClient.Page page = admin.get("admin/courses.xhtml");
    WebClient.Page done = admin.submit("admin/courses.xhtml", page, "reload", "reload", Map.of());
    if (done.status() != 302) {
      throw new IllegalStateException("Reloading the courses failed: " + done.body());
    }
  }
}
