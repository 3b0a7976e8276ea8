package org.ccioacademy.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for the integration tests, started once per test JVM before the first
 * Arquillian deployment (register this extension before ArquillianExtension). It publishes its JDBC
 * settings as system properties that arquillian.xml passes on to Payara Micro, and tests use {@link
 * #connect()} to check what the application stored.
 */
public final class TestDatabase implements BeforeAllCallback {

  private static EmbeddedPostgres postgres;

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  public static synchronized void start() {
    if (postgres != null) {
      return;
    }
    try {
      postgres = EmbeddedPostgres.builder().start();
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create database ccio_test");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The test PostgreSQL did not start", e);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the test database", e);
    }
    System.setProperty("ccio.test.db.url", url());
    System.setProperty("ccio.test.db.user", "postgres");
    System.setProperty("ccio.test.db.password", "test");
    TestCourses.dir();
    TestMail.start();
    TestLrsReceiver.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    postgres.close();
                  } catch (IOException ignored) {
                    // the JVM is ending anyway
                  }
                }));
  }

  public static String url() {
    return postgres.getJdbcUrl("postgres", "ccio_test");
  }

  /** The first column of the first row of a query (null when there is no row), as text. */
  public static String one(String sql, Object... args) throws SQLException {
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        q.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The first column of every row of a query, as text. */
  public static List<String> column(String sql, Object... args) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        q.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }

  /** The codes of a course's current modules, in order. */
  public static List<String> modules(String course) throws SQLException {
    return column(
        "select m.code from module m join course c on c.current_version_id = m.course_version_id"
            + " where c.code = ? order by m.position",
        course);
  }

  /** The audit actions recorded about a person, oldest first. */
  public static List<String> auditOfUser(long userId) throws SQLException {
    return column(
        "select action from audit_log where row_count is null and target_type = 'user' and target_id = ? order by id",
        String.valueOf(userId));
  }

  /** Runs a statement (an update, an insert) with its parameters. */
  public static void execute(String sql, Object... args) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.execute();
    }
  }

  public static Connection connect() throws SQLException {
    start();
    return postgres.getDatabase("postgres", "ccio_test").getConnection();
  }
}
