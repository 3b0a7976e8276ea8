package org.ccioacademy.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.ccioacademy.platform.database.Database;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    boolean migrated = Database.isMigrated();
    boolean reachable = migrated && Database.isReachable(dataSource);
    return HealthCheckResponse.named("database")
        .status(migrated && reachable)
        .withData("migrated", migrated)
        .withData("reachable", reachable)
        .build();
  }
}
