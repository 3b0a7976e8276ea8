package org.ccioacademy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's way of running the application: the launcher jar as a separate process, with
 * everything it printed kept. Closed with SIGTERM, as Ctrl+C or a service manager would, and
 * everything it started must end.
 */
public final class Launched implements AutoCloseable {

  private static final Path JAR =
      Path.of(System.getProperty("ccio.test.launcherJar", "target/ccio-academy-launcher.jar"));

  public final Process process;
  public final StringBuffer output = new StringBuffer();
  public final int port;

  public Launched(int port, Map<String, String> env, String... args) throws IOException {
    this.port = port;
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("CCIO_SERVER_JVM_OPTIONS", "-Xmx512m");
    builder.environment().putAll(env);
    builder.environment().put("CCIO_HTTP_PORT", Integer.toString(port));
    process = builder.start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  output.append(line).append('\n');
                }
              } catch (IOException ignored) {
                // the process ended
              }
            });
    reader.setDaemon(true);
    reader.start();
  }

  public void awaitReady() throws InterruptedException {
    awaitOutput("CCIO Academy is ready at", 240);
  }

  /** Waits until the launcher has printed {@code text}, failing if it stops first. */
  public void awaitOutput(String text, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!output.toString().contains(text)) {
      assertThat(process.isAlive()).as(output::toString).isTrue();
      assertThat(System.nanoTime()).as(output::toString).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  public WebClient web() {
    return new WebClient(URI.create("http://localhost:" + port + "/"));
  }

  @Override
  public void close() throws InterruptedException {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output::toString).isTrue();
    for (ProcessHandle child : children) {
      child.onExit().completeOnTimeout(child, 30, TimeUnit.SECONDS).join();
      assertThat(child.isAlive()).as("child " + child.pid() + " still running").isFalse();
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
