package org.ccioacademy.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Work that must run on one instance of a cluster at a time, such as a folder every instance
 * watches: a PostgreSQL session-level advisory lock, tried and never waited for, held on a
 * connection of its own (outside the container's pool) for as long as the work runs. It is released
 * when the work ends, and by PostgreSQL when that connection closes, so an instance that dies
 * holding it holds it no longer.
 */
@ApplicationScoped
public class ClusterLock {

  @Inject
  @ConfigProperty(name = "ccio.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "ccio.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "ccio.db.password", defaultValue = "")
  String password;

  /**
   * Runs {@code work} here unless another instance (or thread) is running work of the same name;
   * then runs nothing and answers false.
   */
  public boolean runAlone(String name, Runnable work) {
    // a plain connection, not one of the container's pool: the lock's connection is held across
    // the work's own transactions, which the pool would count as the same component's
    PGSimpleDataSource plain = new PGSimpleDataSource();
    plain.setURL(url);
    plain.setUser(user);
    plain.setPassword(password);
    try (Connection c = plain.getConnection()) {
      if (!call(c, "select pg_try_advisory_lock(hashtextextended(?, 51))", name)) {
        return false;
      }
      try {
        work.run();
        return true;
      } finally {
        call(c, "select pg_advisory_unlock(hashtextextended(?, 51))", name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The cluster lock \"" + name + "\" could not be used", e);
    }
  }

  private static boolean call(Connection c, String sql, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }
}
