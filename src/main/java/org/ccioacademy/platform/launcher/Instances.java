package org.ccioacademy.platform.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Several clustered Payara Micro instances on this machine ({@link ClusterPlan}) and HAProxy in
 * front of them. The first instance starts alone (it migrates the database and loads the courses),
 * the others once it is ready. An instance that stops is started again, so the cluster mends itself
 * after a crash; each one logs to {@code <data>/logs/instance-N.log}.
 */
final class Instances {

  private static final Logger LOG = Logger.getLogger(Instances.class.getName());

  /** An instance that dies this soon after starting, this many times running, is not retried. */
  private static final long EARLY_DEATH_MILLIS = 60_000;

  private static final int EARLY_DEATHS_ALLOWED = 3;

  /** Waits until an instance answers {@code /health/ready}; false when it died first. */
  interface Readiness {
    boolean waitUntilReady(Process server, int port) throws InterruptedException;
  }

  private final ClusterPlan plan;
  private final List<String> base;
  private final Map<String, String> environment;
  private final Path dataDir;
  private final Process[] servers;
  private final long[] startedAt;
  private final int[] earlyDeaths;
  private final boolean[] abandoned;
  private Process balancer;
  private volatile boolean stopping;

  Instances(ClusterPlan plan, List<String> base, Map<String, String> environment, Path dataDir) {
    this.plan = plan;
    this.base = List.copyOf(base);
    this.environment = Map.copyOf(environment);
    this.dataDir = dataDir;
    this.servers = new Process[plan.instances()];
    this.startedAt = new long[plan.instances()];
    this.earlyDeaths = new int[plan.instances()];
    this.abandoned = new boolean[plan.instances()];
  }

  int run(Readiness readiness) throws IOException, InterruptedException {
    long started = System.nanoTime();
    Files.createDirectories(dataDir.resolve("logs"));
    LOG.info(
        "Starting "
            + plan.instances()
            + " clustered instances of Payara Micro (ports "
            + plan.port(0)
            + "-"
            + plan.port(plan.instances() - 1)
            + ", data grid "
            + plan.members()
            + "); their logs are in "
            + dataDir.resolve("logs"));
    start(0);
    if (!readiness.waitUntilReady(servers[0], plan.port(0))) {
      LOG.severe("Instance 1 did not start; see " + log(0));
      return 1;
    }
    for (int i = 1; i < plan.instances(); i++) {
      start(i);
    }
    for (int i = 1; i < plan.instances(); i++) {
      if (!readiness.waitUntilReady(servers[i], plan.port(i))) {
        LOG.warning("Instance " + (i + 1) + " did not start; see " + log(i));
      }
    }
    if (plan.loadBalancer()) {
      startBalancer();
      // ready once HAProxy answers for the instances
      if (!readiness.waitUntilReady(balancer, plan.httpPort())) {
        LOG.severe("HAProxy did not start; see " + dataDir.resolve("logs/haproxy.log"));
        return 1;
      }
    }
    LOG.info(
        String.format(
            "CCIO Academy is ready at http://localhost:%d/ on %d instances (%.1f s). Press Ctrl+C"
                + " to stop.",
            plan.loadBalancer() ? plan.httpPort() : plan.port(0),
            plan.instances(),
            (System.nanoTime() - started) / 1e9));
    return supervise();
  }

  /** Starts again any instance that stopped; ends when the launcher stops or HAProxy dies. */
  private int supervise() throws IOException, InterruptedException {
    while (!stopping) {
      for (int i = 0; i < servers.length; i++) {
        Process p = servers[i];
        if (p.isAlive() || stopping || abandoned[i]) {
          continue;
        }
        boolean early = System.currentTimeMillis() - startedAt[i] < EARLY_DEATH_MILLIS;
        earlyDeaths[i] = early ? earlyDeaths[i] + 1 : 0;
        if (earlyDeaths[i] >= EARLY_DEATHS_ALLOWED) {
          LOG.severe(
              "Instance "
                  + (i + 1)
                  + " stopped "
                  + EARLY_DEATHS_ALLOWED
                  + " times within a minute of starting; not starting it again (see "
                  + log(i)
                  + ")");
          abandoned[i] = true;
          continue;
        }
        LOG.warning(
            "Instance "
                + (i + 1)
                + " stopped (exit code "
                + p.exitValue()
                + "); starting it again. The others serve its users meanwhile.");
        start(i);
      }
      if (balancer != null && !balancer.isAlive() && !stopping) {
        LOG.severe(
            "HAProxy stopped (exit code "
                + balancer.exitValue()
                + "); see "
                + dataDir.resolve("logs/haproxy.log"));
        return 1;
      }
      Thread.sleep(1000);
    }
    return 0;
  }

  private synchronized void start(int index) throws IOException {
    if (stopping) {
      return;
    }
    Path runtime = dataDir.resolve("payara-" + (index + 1));
    Launcher.deleteRecursively(runtime);
    List<String> command = new ArrayList<>(base);
    command.addAll(List.of("--rootdir", runtime.toString()));
    command.addAll(plan.payaraOptions(index));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log(index).toFile()));
    builder.environment().putAll(environment);
    servers[index] = builder.start();
    startedAt[index] = System.currentTimeMillis();
    LOG.info(
        "Instance "
            + (index + 1)
            + " starting on port "
            + plan.port(index)
            + " (pid "
            + servers[index].pid()
            + ")");
  }

  private synchronized void startBalancer() throws IOException {
    if (stopping) {
      return;
    }
    Path config = dataDir.resolve("haproxy.cfg");
    Files.writeString(config, plan.haproxyConfig());
    String binary = haproxy();
    balancer =
        new ProcessBuilder(binary, "-db", "-f", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("logs/haproxy.log").toFile()))
            .start();
    LOG.info(
        "HAProxy on port "
            + plan.httpPort()
            + " in front of the instances, checking /health/ready (configuration: "
            + config
            + ")");
  }

  /** HAProxy from the PATH or /usr/sbin (Debian's package; a user's PATH may lack sbin). */
  private static String haproxy() {
    List<String> dirs =
        new ArrayList<>(
            List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.add("/usr/sbin");
    for (String dir : dirs) {
      if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "haproxy"))) {
        return Path.of(dir, "haproxy").toString();
      }
    }
    throw new Launcher.LaunchException(
        "More than one instance needs HAProxy in front of them, and it is not installed:"
            + " sudo apt-get install haproxy (or set ccio.cluster.load-balancer=false and run"
            + " your own; docs/cluster.md)",
        null);
  }

  private Path log(int index) {
    return dataDir.resolve("logs/instance-" + (index + 1) + ".log");
  }

  /** Stops HAProxy, then every instance (SIGTERM, then SIGKILL after 30 seconds). */
  synchronized void stop() {
    stopping = true;
    if (balancer != null) {
      balancer.destroy();
    }
    for (Process p : servers) {
      if (p != null && p.isAlive()) {
        p.destroy();
      }
    }
    for (int i = 0; i < servers.length; i++) {
      Process p = servers[i];
      if (p == null) {
        continue;
      }
      try {
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    LOG.info("Stopped the instances");
  }
}
