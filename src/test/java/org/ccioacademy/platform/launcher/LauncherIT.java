package org.ccioacademy.platform.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.ccioacademy.testing.Launched;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's way of running the application: the launcher jar, started as a separate process,
 * with the embedded PostgreSQL (demo mode, data kept across a restart) and with an external Debian
 * PostgreSQL 15 server; stopped with SIGTERM, leaving nothing running.
 */
class LauncherIT {

  private static final Path PG15 = Path.of("/usr/lib/postgresql/15/bin");

  @Test
  // @TempDir: each run's data folder (about 200 MB) is deleted afterwards
  void embeddedDatabaseKeepsDataAcrossARestartAndDemoAccountsAreCreatedOnce(@TempDir Path data)
      throws Exception {
    int dbPort = Launched.freePort();
    Map<String, String> env =
        Map.of(
            "CCIO_DATA_DIR",
            data.toString(),
            "CCIO_EMBEDDED_DB_PORT",
            Integer.toString(dbPort),
            // started twice with the demo: the quick compiler only, as ClusterIT (a third faster)
            "CCIO_SERVER_JVM_OPTIONS",
            "-Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    String email = "kept." + System.nanoTime() + "@example.nhs.uk";
    try (Launched app = new Launched(Launched.freePort(), env, "--demo")) {
      app.awaitReady();
      assertThat(app.output.toString())
          .contains("Starting the embedded PostgreSQL")
          .contains("admin@demo.ccio.academy")
          .contains("password: ccio-demo-2026");
      WebClient web = app.web();
      assertThat(web.signIn("admin@demo.ccio.academy", "ccio-demo-2026").location())
          .endsWith("/admin/home.xhtml");
      Page created =
          web.submit(
              "admin/new-user.xhtml",
              web.get("admin/new-user.xhtml"),
              "newUser",
              "create",
              Map.of(
                  "fullName",
                  "Kept Person",
                  "email",
                  email,
                  "password",
                  "kept across restarts",
                  "roles",
                  "REVIEWER"));
      assertThat(created.status()).as(created.body()).isEqualTo(302);
    }
    assertThat(data.resolve("postgres/postmaster.pid")).as("the database stopped").doesNotExist();

    try (Launched again = new Launched(Launched.freePort(), env, "--demo")) {
      again.awaitReady();
      assertThat(again.web().signIn(email, "kept across restarts").location())
          .endsWith("/reviewer/home.xhtml");
      String db = "jdbc:postgresql://localhost:" + dbPort + "/ccio";
      // the embedded server asks for the passwords made for this data folder
      Properties passwords = new Properties();
      try (var in = Files.newBufferedReader(data.resolve("postgres-passwords"))) {
        passwords.load(in);
      }
      assertThatThrownBy(() -> DriverManager.getConnection(db, "postgres", "embedded").close())
          .hasMessageContaining("password authentication failed");
      // the application's role reads and writes rows, and nothing more
      try (Connection app =
              DriverManager.getConnection(db, "ccio_app", passwords.getProperty("ccio_app"));
          Statement s = app.createStatement()) {
        assertThatThrownBy(() -> s.execute("create table mine (i int)"))
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> s.execute("drop table users")).hasMessageContaining("owner");
      }
      // the secrets key was made beside the data folder, not in it, readable by its owner only
      Path key = data.resolveSibling(data.getFileName() + ".key");
      assertThat(key).exists();
      assertThat(Files.getPosixFilePermissions(key))
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
      Files.delete(key);
      try (Connection c =
              DriverManager.getConnection(db, "postgres", passwords.getProperty("postgres"));
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("select count(*) from users where email like '%@demo.ccio.academy'")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(4);
        // demo events, created once: a summer school (full, with a waitlist and a workshop
        // booked), a regional day today, and a past webinar whose register gives CPD credits
        try (ResultSet ev =
            s.executeQuery(
                "select (select count(*) from event),"
                    + " (select count(*) from event_registration where status = 'WAITLISTED'),"
                    + " (select count(*) from session_place),"
                    + " (select count(*) from attendance_mark),"
                    + " (select count(*) from event where starts_on = (now() at time zone 'Europe/London')::date)")) {
          ev.next();
          assertThat(ev.getInt(1)).isEqualTo(3);
          assertThat(ev.getInt(2)).isPositive();
          assertThat(ev.getInt(3)).isEqualTo(1);
          assertThat(ev.getInt(4)).isGreaterThan(10);
          assertThat(ev.getInt(5)).isEqualTo(1);
        }
        // dates as people would plan them: the summer school in the summer, sessions on the
        // half hour
        try (ResultSet when =
            s.executeQuery(
                "select (select extract(month from starts_on)::int from event"
                    + "   where kind = 'SUMMER_SCHOOL'),"
                    + " (select count(*) from event_session where extract(minute from starts_at"
                    + "   at time zone 'Europe/London')::int not in (0, 30)"
                    + "   or extract(minute from ends_at at time zone 'Europe/London')::int"
                    + "   not in (0, 30))")) {
          when.next();
          assertThat(when.getInt(1)).isBetween(6, 8);
          assertThat(when.getInt(2)).as("sessions off the half hour").isZero();
        }
      }
    }
    assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
  }

  @Test
  void anExternalPostgres15IsUsedWhenCcioDbUrlIsSet(@TempDir Path cluster, @TempDir Path data)
      throws Exception {
    assertThat(PG15.resolve("postgres"))
        .as("Debian's PostgreSQL 15 server (apt-get install postgresql-15; .ci/run does this)")
        .exists();
    int dbPort = Launched.freePort();
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      run("chown", "postgres:postgres", cluster.toString());
    }
    run(
        root,
        PG15.resolve("initdb").toString(),
        "-D",
        cluster.resolve("data").toString(),
        "-A",
        "trust",
        "-U",
        "postgres");
    pgCtl(
        root,
        cluster,
        "-w",
        "-l",
        cluster.resolve("log").toString(),
        "-o",
        "-p " + dbPort + " -k " + cluster + " -c listen_addresses=localhost",
        "start");
    try {
      String admin = "jdbc:postgresql://localhost:" + dbPort + "/postgres";
      try (Connection c = DriverManager.getConnection(admin, "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("create role ccio login password 'ccio-secret'");
        s.execute("create database ccio owner ccio");
      }
      String url = "jdbc:postgresql://localhost:" + dbPort + "/ccio";
      Map<String, String> env =
          Map.of(
              "CCIO_DB_URL",
              url,
              "CCIO_DB_USER",
              "ccio",
              "CCIO_DB_PASSWORD",
              "ccio-secret",
              "CCIO_DATA_DIR",
              data.toString(),
              // the key beside the data would be outside this test's folders
              "CCIO_SECRETS_KEY_FILE",
              cluster.resolve("secrets.key").toString());
      try (Launched app = new Launched(Launched.freePort(), env)) {
        app.awaitReady();
        assertThat(app.output.toString())
            .contains("Using the external PostgreSQL database at " + url)
            .doesNotContain("Starting the embedded PostgreSQL")
            .doesNotContain("Demo mode");
        assertThat(data.resolve("postgres")).doesNotExist();
        // the app works against it: a trainee registers
        WebClient web = app.web();
        Page form = web.get("register.xhtml");
        Page done =
            web.submit(
                "register.xhtml",
                form,
                "register",
                "submit",
                Map.of(
                    "fullName",
                    "External Person",
                    "email",
                    "ext@example.nhs.uk",
                    "password",
                    "external database works",
                    "passwordConfirmation",
                    "external database works",
                    "group",
                    "DOCTOR",
                    "profession",
                    "DOCTOR",
                    "grade",
                    "FY2",
                    "registrationNumber",
                    "7654321",
                    "odsCode",
                    "RTD",
                    "region",
                    "LONDON"));
        assertThat(done.status()).as(done.body()).isEqualTo(302);
      }
      try (Connection c = DriverManager.getConnection(url, "ccio", "ccio-secret");
          Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("show server_version")) {
          rs.next();
          assertThat(rs.getString(1)).startsWith("15.");
        }
        try (ResultSet rs =
            s.executeQuery("select count(*) from flyway_schema_history where success")) {
          rs.next();
          assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
        }
        try (ResultSet rs =
            s.executeQuery(
                "select registration_number from users where email = 'ext@example.nhs.uk'")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo("7654321");
        }
      }
    } finally {
      pgCtl(root, cluster, "-m", "fast", "-w", "stop");
    }
  }

  /** pg_ctl on the test cluster's data folder. */
  private static void pgCtl(boolean asPostgres, Path cluster, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(PG15.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString()));
    command.addAll(List.of(args));
    run(asPostgres, command.toArray(String[]::new));
  }

  private static void run(boolean asPostgres, String... command) throws Exception {
    List<String> full = new ArrayList<>();
    if (asPostgres) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(List.of(command));
    run(full.toArray(String[]::new));
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
  }
}
