package org.ccioacademy.platform.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;

/**
 * The launcher's secrets on disk: the key that seals the application's stored secrets, and the
 * embedded PostgreSQL's passwords, each made at random on first start in a file only its owner may
 * read.
 */
final class LauncherSecrets {

  private LauncherSecrets() {}

  /**
   * Makes the secrets key file (32 random bytes in base64, owner-only) unless it exists.
   *
   * @return whether it was made now
   */
  static boolean makeKeyIfMissing(Path file) throws IOException {
    if (Files.exists(file)) {
      return false;
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Files.createDirectories(file.toAbsolutePath().getParent());
    createPrivateFile(file);
    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
    return true;
  }

  /** Makes an empty file only its owner may read and write (where the file system allows it). */
  static void createPrivateFile(Path file) throws IOException {
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
  }

  /** The embedded server's owner (a superuser, who runs the migrations) and the application. */
  static final String OWNER = "postgres";

  static final String APPLICATION = "ccio_app";

  /**
   * The embedded server's passwords, made at random for each data folder on its first start and
   * kept in {@code postgres-passwords} beside the server's files (readable by its owner only).
   */
  static Properties passwords(Path dataDir) throws IOException {
    Path file = dataDir.resolve("postgres-passwords");
    Properties p = new Properties();
    if (Files.exists(file)) {
      try (var in = Files.newBufferedReader(file)) {
        p.load(in);
      }
    }
    if (p.getProperty(OWNER) == null || p.getProperty(APPLICATION) == null) {
      var random = new SecureRandom();
      for (String role : new String[] {OWNER, APPLICATION}) {
        byte[] b = new byte[24];
        random.nextBytes(b);
        p.putIfAbsent(role, Base64.getUrlEncoder().withoutPadding().encodeToString(b));
      }
      Files.deleteIfExists(file);
      createPrivateFile(file);
      try (var out = Files.newBufferedWriter(file)) {
        p.store(out, "Passwords of the embedded PostgreSQL (made at random for this data folder)");
      }
    }
    return p;
  }

  /**
   * Makes the server ask for passwords: the owner's and the application role's set (the role made
   * if new, with no rights of its own: the server grants it what it needs after each migration),
   * then every connection, local or over loopback, must give one (scram-sha-256). A folder made
   * before passwords (the server trusted every local connection) is changed the same way.
   */
  static void requirePasswords(EmbeddedPostgres postgres, Path dataDirectory, Properties passwords)
      throws IOException, SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("alter role " + OWNER + " password '" + passwords.getProperty(OWNER) + "'");
      try (ResultSet rs =
          s.executeQuery("select 1 from pg_roles where rolname = '" + APPLICATION + "'")) {
        boolean exists = rs.next();
        s.execute(
            (exists ? "alter role " : "create role ")
                + APPLICATION
                + " login nosuperuser nocreatedb nocreaterole password '"
                + passwords.getProperty(APPLICATION)
                + "'");
      }
      Path hba = dataDirectory.resolve("pg_hba.conf");
      String wanted =
          "# Made by the CCIO Academy launcher: every connection gives a password\n"
              + "local all all scram-sha-256\n"
              + "host all all 127.0.0.1/32 scram-sha-256\n"
              + "host all all ::1/128 scram-sha-256\n";
      if (!wanted.equals(Files.readString(hba))) {
        Files.writeString(hba, wanted);
        s.execute("select pg_reload_conf()");
      }
    }
  }
}
