package org.ccioacademy.platform.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts CCIO Academy: an embedded real PostgreSQL (unless {@code ccio.db.url} names an external
 * one), then Payara Micro as a child process with the WAR. Stops both cleanly on Ctrl+C or SIGTERM,
 * so no process is left behind.
 *
 * <pre>java -jar target/ccio-academy-launcher.jar [--demo]</pre>
 */
public final class Launcher {

  private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

  private final LauncherSettings settings;
  private final boolean demo;
  private final Path home;
  private EmbeddedPostgres embedded;
  private Process server;
  private Instances instances;

  private Launcher(LauncherSettings settings, boolean demo, Path home) {
    this.settings = settings;
    this.demo = demo;
    this.home = home;
  }

  public static void main(String[] args) throws Exception {
    System.setProperty(
        "java.util.logging.SimpleFormatter.format", "%1$tT %4$s [launcher] %5$s%6$s%n");
    List<String> arguments = Arrays.asList(args);
    if (arguments.contains("--help") || arguments.contains("-h")) {
      LOG.info(
          "Usage: java -jar target/ccio-academy-launcher.jar [--demo] [--instances N]\n"
              + "  --demo         create one demo account per role and print their sign-in"
              + " details\n"
              + "  --instances N  run N clustered instances behind HAProxy (docs/cluster.md)\n"
              + "Settings: config/ccio.properties, overridden by environment variables such as"
              + " CCIO_DB_URL (see docs/configuration.md).");
      return;
    }
    Map<String, String> env = System.getenv();
    LauncherSettings settings = new LauncherSettings(LauncherSettings.configFileLocation(env), env);
    boolean demo =
        arguments.contains("--demo") || Boolean.parseBoolean(settings.get("ccio.demo", "false"));
    Optional<Integer> instances = Optional.empty();
    int at = arguments.indexOf("--instances");
    if (at >= 0) {
      try {
        instances = Optional.of(Integer.parseInt(arguments.get(at + 1)));
      } catch (IndexOutOfBoundsException | NumberFormatException e) {
        LOG.severe("--instances needs a number, for example --instances 2");
        System.exit(2);
      }
    }
    Launcher launcher = new Launcher(settings, demo, Path.of("").toAbsolutePath());
    Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "ccio-shutdown"));
    try {
      int exit = launcher.run(ClusterPlan.of(settings, instances));
      System.exit(exit);
    } catch (LaunchException e) {
      LOG.severe(e.getMessage());
      System.exit(2);
    }
  }

  private int run(ClusterPlan plan) throws Exception {
    Path artifacts = artifactDirectory();
    Path war = require(artifacts.resolve("ccio-academy.war"));
    Path micro = require(artifacts.resolve("payara-micro.jar"));
    Path dataDir = home.resolve(settings.get("ccio.data.dir", "data")).normalize();
    Files.createDirectories(dataDir);

    Map<String, String> childEnv = new HashMap<>();
    childEnv.put("CCIO_CONFIG_FILE", settings.configFile().toString());
    childEnv.put("CCIO_DEMO", Boolean.toString(demo));
    if (demo && !System.getenv().containsKey("CCIO_MFA_REQUIRED_ROLES")) {
      // the demo accounts sign in with the printed password alone
      childEnv.put("CCIO_MFA_REQUIRED_ROLES", "none");
    }
    // the server reads course content from here; resolved now, so it does not depend on its cwd
    childEnv.put(
        "CCIO_COURSES_DIR",
        home.resolve(settings.get("ccio.courses.dir", "courses")).normalize().toString());
    if (settings.get("ccio.secrets.key").filter(k -> !k.isBlank()).isEmpty()) {
      childEnv.put("CCIO_SECRETS_KEY_FILE", secretsKeyFile(dataDir).toString());
    }
    Optional<String> externalUrl = settings.get("ccio.db.url");
    if (externalUrl.isPresent()) {
      LOG.info("Using the external PostgreSQL database at " + externalUrl.get());
      childEnv.put("CCIO_DB_URL", externalUrl.get());
      childEnv.put("CCIO_DB_USER", settings.get("ccio.db.user", "ccio"));
      childEnv.put("CCIO_DB_PASSWORD", settings.get("ccio.db.password", ""));
    } else {
      startEmbeddedDatabase(dataDir.resolve("postgres"), dataDir, childEnv);
    }

    if (plan.loadBalancer() && plan.local()) {
      // the instances reach each other and the load balancer over loopback only; the load
      // balancer's X-Forwarded-For names the client
      childEnv.putIfAbsent("CCIO_HTTP_TRUSTED_PROXIES", "127.0.0.1");
    }
    if (plan.clustered()) {
      war = DistributableWar.of(war, dataDir);
    }
    List<String> base = new ArrayList<>();
    base.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    base.addAll(
        Arrays.asList(settings.get("ccio.server.jvm-options", "-Xmx1g").trim().split("\\s+")));
    base.addAll(
        List.of("-jar", micro.toString(), "--deploy", war.toString(), "--contextroot", "/"));
    Path preboot = settings.configFile().resolveSibling("payara-preboot.asadmin");
    if (Files.isRegularFile(preboot)) {
      base.addAll(List.of("--prebootcommandfile", preboot.toString()));
    }
    if (!plan.clustered()) {
      return runOne(base, childEnv, dataDir, plan);
    }
    Instances cluster = new Instances(plan, base, childEnv, dataDir);
    synchronized (this) {
      instances = cluster;
    }
    return cluster.run(this::waitUntilReady);
  }

  private int runOne(
      List<String> base, Map<String, String> childEnv, Path dataDir, ClusterPlan plan)
      throws IOException, InterruptedException {
    // Payara's runtime folder is made afresh at every start: our settings all come from the
    // command line, and a folder left by an earlier run makes Payara Micro 6 deploy the WAR in a
    // way that breaks PrimeFaces' start-up (its first page then fails).
    Path runtime = dataDir.resolve("payara");
    deleteRecursively(runtime);
    int port = plan.port(0);
    List<String> command = new ArrayList<>(base);
    command.addAll(List.of("--rootdir", runtime.toString()));
    command.addAll(plan.payaraOptions(0));
    LOG.info("Starting Payara Micro on port " + port + " (this takes about 15 seconds)");
    long started = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().putAll(childEnv);
    synchronized (this) {
      server = builder.start();
    }
    if (waitUntilReady(server, port)) {
      LOG.info(
          String.format(
              "CCIO Academy is ready at http://localhost:%d/ (%.1f s). Press Ctrl+C to stop.",
              port, (System.nanoTime() - started) / 1e9));
    }
    return server.waitFor();
  }

  /**
   * PostgreSQL settings for the embedded server, from {@code name=value,name=value}: a mistake is
   * reported before the server starts rather than as a server that will not start.
   */
  static Map<String, String> serverSettings(String list) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String item : list.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      String[] pair = item.strip().split("=", 2);
      if (pair.length != 2
          || !pair[0].strip().matches("[a-z_]{1,63}")
          || !pair[1].strip().matches("[A-Za-z0-9._-]{1,40}")) {
        throw new LaunchException(
            "ccio.embedded-db.server-settings: \""
                + item.strip()
                + "\" is not name=value (for example work_mem=16MB)",
            null);
      }
      settings.put(pair[0].strip(), pair[1].strip());
    }
    return settings;
  }

  /**
   * The file holding the key that seals the application's secrets ({@code ccio.secrets.key-file},
   * by default beside the data folder: {@code data.key} for {@code data/}), never inside it, so a
   * copy of the data does not carry the key. Made on first start: 32 random bytes in base64,
   * readable by its owner only.
   */
  private Path secretsKeyFile(Path dataDir) throws IOException {
    Path file =
        settings
            .get("ccio.secrets.key-file")
            .filter(f -> !f.isBlank())
            .map(f -> home.resolve(f).normalize())
            .orElse(dataDir.resolveSibling(dataDir.getFileName() + ".key"));
    if (LauncherSecrets.makeKeyIfMissing(file)) {
      LOG.info(
          "Made the secrets key "
              + file
              + ": keep it (and back it up apart from the data folder); without it the stored"
              + " secrets cannot be read");
    }
    return file;
  }

  private void startEmbeddedDatabase(Path dataDirectory, Path dataDir, Map<String, String> childEnv)
      throws IOException, SQLException {
    Properties passwords = LauncherSecrets.passwords(dataDir);
    int port = settings.getInt("ccio.embedded-db.port", 15432);
    String database = settings.get("ccio.embedded-db.name", "ccio");
    LOG.info("Starting the embedded PostgreSQL on port " + port + ", data in " + dataDirectory);
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres postgres;
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              // its own connections (the start-up check) give the owner's password
              .setConnectConfig("password", passwords.getProperty(LauncherSecrets.OWNER))
              .setPGStartupWait(Duration.ofSeconds(60))
              // durability matters more than speed here: the data survives a crash
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("listen_addresses", "localhost");
      serverSettings(
              settings.get(
                  "ccio.embedded-db.server-settings", "work_mem=16MB,random_page_cost=1.1"))
          .forEach(builder::setServerConfig);
      postgres = builder.start();
    } catch (IOException e) {
      throw new LaunchException(
          "The embedded PostgreSQL did not start on port "
              + port
              + ": "
              + e.getMessage()
              + ". If another program uses that port, set CCIO_EMBEDDED_DB_PORT to a free one.",
          e);
    }
    synchronized (this) {
      embedded = postgres;
    }
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      try (ResultSet rs = exists.executeQuery()) {
        if (!rs.next()) {
          try (Statement create = connection.createStatement()) {
            create.execute("create database \"" + database.replace("\"", "") + "\"");
          }
        }
      }
    }
    LauncherSecrets.requirePasswords(postgres, dataDirectory, passwords);
    // not getJdbcUrl: it names the user in the address, which would win over CCIO_DB_USER
    childEnv.put(
        "CCIO_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database);
    // the application as a role that may read and write rows and nothing else; the migrations as
    // the owner
    childEnv.put("CCIO_DB_USER", LauncherSecrets.APPLICATION);
    childEnv.put("CCIO_DB_PASSWORD", passwords.getProperty(LauncherSecrets.APPLICATION));
    childEnv.put("CCIO_DB_MIGRATION_USER", LauncherSecrets.OWNER);
    childEnv.put("CCIO_DB_MIGRATION_PASSWORD", passwords.getProperty(LauncherSecrets.OWNER));
  }

  boolean waitUntilReady(Process server, int port) throws InterruptedException {
    URI ready = URI.create("http://localhost:" + port + "/health/ready");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        return false;
      }
      try {
        HttpURLConnection connection = (HttpURLConnection) ready.toURL().openConnection();
        connection.setConnectTimeout(1000);
        connection.setReadTimeout(5000);
        if (connection.getResponseCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // the server is still starting
      }
      Thread.sleep(250);
    }
    LOG.warning("The server did not report ready within 300 seconds; see its log above.");
    return false;
  }

  /** Stops Payara Micro, then the embedded database. Runs on Ctrl+C, SIGTERM and normal exit. */
  private synchronized void stop() {
    if (instances != null) {
      instances.stop();
    }
    if (server != null && server.isAlive()) {
      LOG.info("Stopping Payara Micro");
      server.destroy();
      try {
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
          server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        server.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    if (embedded != null) {
      LOG.info("Stopping the embedded PostgreSQL");
      try {
        embedded.close();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "The embedded PostgreSQL did not stop cleanly", e);
      }
      embedded = null;
    }
  }

  private static Path artifactDirectory() {
    try {
      Path jar =
          Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // target/ccio-academy-launcher.jar, or target/classes when run from an IDE
      return jar.getParent();
    } catch (Exception e) {
      return Path.of("target").toAbsolutePath();
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Path require(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new LaunchException(
          file + " is missing: build the application first with 'mvn package -DskipTests'.", null);
    }
    return file;
  }

  /** A start-up problem the user can fix; reported as one plain sentence. */
  static final class LaunchException extends RuntimeException {
    LaunchException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
