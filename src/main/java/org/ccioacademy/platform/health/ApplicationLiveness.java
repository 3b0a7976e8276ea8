package org.ccioacademy.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the JVM has memory to spare; a restart is the cure when it has not. The database is
 * deliberately not part of liveness: an outage there should not make the orchestrator restart every
 * instance.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  private static final double MAX_HEAP_USED = 0.95;

  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    double share = (double) used / rt.maxMemory();
    return HealthCheckResponse.named("application")
        .status(share < MAX_HEAP_USED)
        .withData("heapUsedMB", used / (1024 * 1024))
        .withData("heapMaxMB", rt.maxMemory() / (1024 * 1024))
        .build();
  }
}
