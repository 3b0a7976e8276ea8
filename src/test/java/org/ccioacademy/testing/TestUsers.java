package org.ccioacademy.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.ccioacademy.platform.security.PasswordHasher;

/** Accounts made straight in the test database, for tests that need someone to sign in as. */
public final class TestUsers {

  public static final String PASSWORD = "correct-horse-battery-9";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static String hash;

  /** A person with an id, an email and {@link #PASSWORD}. */
  public record TestUser(long id, String email, String password) {}

  private TestUsers() {}

  /** A new tutor who teaches {@code course} (by its id in courses/). */
  public static TestUser tutorOf(String course) {
    TestUser tutor = create("TUTOR");
    try (Connection c = TestDatabase.connect();
        PreparedStatement add =
            c.prepareStatement(
                "insert into course_tutor (course_id, user_id) select id, ? from course where code = ?")) {
      add.setLong(1, tutor.id());
      add.setString(2, course);
      if (add.executeUpdate() != 1) {
        throw new IllegalStateException("No course " + course);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return tutor;
  }

  public static TestUser create(String... roles) {
    return withEmailDomain("test.ccio.academy", roles);
  }

  /** A new person whose address is in {@code domain} (nhs.net, say), with a password. */
  public static TestUser withEmailDomain(String domain, String... roles) {
    String email =
        roles[0].toLowerCase()
            + "-"
            + COUNTER.incrementAndGet()
            + "-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "@"
            + domain;
    try (Connection c = TestDatabase.connect()) {
      long id;
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into users (email, full_name, password_hash, professional_group, profession,"
                  + " grade, registration_number, ods_code, region)"
                  + " values (?, ?, ?, 'NURSE', 'NURSE', 'BAND_6', '01A2345N', 'RTD', 'LONDON')"
                  + " returning id")) {
        insert.setString(1, email);
        insert.setString(
            2,
            "Test "
                + roles[0].substring(0, 1)
                + roles[0].substring(1).toLowerCase()
                + " "
                + COUNTER.get());
        insert.setString(3, passwordHash());
        try (ResultSet rs = insert.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
      }
      for (String role : roles) {
        try (PreparedStatement grant =
            c.prepareStatement("insert into user_roles (user_id, role) values (?, ?)")) {
          grant.setLong(1, id);
          grant.setString(2, role);
          grant.executeUpdate();
        }
      }
      if (Arrays.asList(roles).contains("REVIEWER")) {
        // as an admin would give it: a reviewer sees nothing until given a scope
        try (PreparedStatement scope =
            c.prepareStatement(
                "insert into reviewer_scope (user_id, kind, value) values (?, 'NATIONAL', '*')")) {
          scope.setLong(1, id);
          scope.executeUpdate();
        }
      }
      return new TestUser(id, email, PASSWORD);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Replaces a reviewer's scope (national for reviewers made here) with the one row {@code insert}
   * adds, given the reviewer's id and its other parameters.
   */
  public static void scopeOnly(String insert, Object... params) throws SQLException {
    TestDatabase.execute("delete from reviewer_scope where user_id = ?", params[0]);
    TestDatabase.execute(insert, params);
  }

  private static synchronized String passwordHash() {
    if (hash == null) {
      hash = new PasswordHasher().hash(PASSWORD.toCharArray());
    }
    return hash;
  }
}
