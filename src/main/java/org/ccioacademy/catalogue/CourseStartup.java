package org.ccioacademy.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.platform.audit.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports {@code courses/} once the schema is migrated (setting {@code
 * ccio.courses.import-on-start}, true by default). A failure is logged and recorded; it never stops
 * the application starting.
 */
@Startup
@Singleton
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CourseStartup {

  private static final Logger LOG = Logger.getLogger(CourseStartup.class.getName());

  @Inject
  @ConfigProperty(name = "ccio.courses.import-on-start", defaultValue = "true")
  boolean importOnStart;

  @Inject CourseImporter importer;

  @PostConstruct
  void importCourses() {
    if (!importOnStart) {
      return;
    }
    try {
      importer.importAll(ImportRun.Trigger.STARTUP, Actor.SYSTEM);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The course import at start-up failed; the application carries on", e);
    }
  }
}
