package org.ccioacademy.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's one PostgreSQL database. The connection comes from MicroProfile Config ({@code
 * ccio.db.url}, {@code ccio.db.user}, {@code ccio.db.password}: environment variables {@code
 * CCIO_DB_URL} and so on). At start-up Flyway brings the schema up to date from {@code
 * db/migration} before anything else uses it; JPA never generates schema.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=ccio.db.url}",
    user = "${MPCONFIG=ccio.db.user}",
    password = "${MPCONFIG=ccio.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    initialPoolSize = 2,
    maxIdleTime = 300,
    // Never server-prepared: PostgreSQL then plans every execution with its real values. With
    // the driver's default (server-prepared after 5 uses), the plan cache switched reports to
    // generic plans that assumed a handful of rows: a 500-trainee gradebook batch went from
    // 0.19 s to 11 s on its 6th run (docs/benchmarks.md).
    //
    // No matching of a pooled connection to the caller's credentials: every connection is made
    // with the same user, and matching took a lock shared by every request, several times a page
    // (issue 23, docs/benchmarks.md).
    properties = {"prepareThreshold=0", "fish.payara.match-connections=false"})
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/ccio";
  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  @Resource(lookup = JNDI_NAME)
  private DataSource dataSource;

  /** Static so the readiness check can ask without calling this bean while it starts. */
  private static volatile boolean migrated;

  @Inject
  @ConfigProperty(name = "ccio.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "ccio.db.user")
  String user;

  /** The schema's owner, who runs the migrations; empty: the application's own user does. */
  @Inject
  @ConfigProperty(name = "ccio.db.migration-user")
  Optional<String> migrationUser;

  @Inject
  @ConfigProperty(name = "ccio.db.migration-password")
  Optional<String> migrationPassword;

  @PostConstruct
  void migrate() {
    boolean owner = migrationUser.filter(u -> !u.isBlank() && !u.equals(user)).isPresent();
    var flyway = Flyway.configure();
    if (owner) {
      flyway.dataSource(url, migrationUser.get(), migrationPassword.orElse(""));
    } else {
      flyway.dataSource(dataSource);
    }
    MigrateResult result =
        flyway.locations("classpath:db/migration").failOnMissingLocations(true).load().migrate();
    if (owner) {
      grantRowRights(migrationUser.get(), migrationPassword.orElse(""));
    }
    migrated = true;
    LOG.info(
        "Database schema is at version "
            + result.targetSchemaVersion
            + " ("
            + result.migrationsExecuted
            + " migrations applied now)");
  }

  /**
   * The application's user may read and write rows of every table (and use their sequences), and
   * nothing else: no schema change, no table of its own. Granted by the owner after every
   * migration, so tables a migration adds are covered.
   */
  private void grantRowRights(String owner, String password) {
    String role = "\"" + user.replace("\"", "") + "\"";
    try (Connection c = DriverManager.getConnection(url, owner, password);
        Statement s = c.createStatement()) {
      s.execute("revoke create on schema public from public");
      s.execute("grant usage on schema public to " + role);
      s.execute("grant select, insert, update, delete on all tables in schema public to " + role);
      s.execute("revoke all on table flyway_schema_history from " + role);
      s.execute("grant select on table flyway_schema_history to " + role);
      s.execute("grant usage, select on all sequences in schema public to " + role);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot grant the application's user " + user + " its rights as " + owner, e);
    }
    LOG.info("The application runs as " + user + " with row rights only; migrations as " + owner);
  }

  /** Whether start-up has brought the schema up to date. */
  public static boolean isMigrated() {
    return migrated;
  }

  /** Whether the database behind {@code dataSource} answers a trivial query now. */
  public static boolean isReachable(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(5);
      return s.execute("select 1");
    } catch (SQLException e) {
      LOG.warning("The database is not reachable: " + e.getMessage());
      return false;
    }
  }
}
