package org.ccioacademy.review;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.web.UkTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode only: two cohorts to open on the dashboard, this year's intake and London nurses, and
 * the demo reviewer given every trainee.
 */
@Startup
@Singleton
@DependsOn("DemoLearning")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCohorts {

  private static final Logger LOG = Logger.getLogger(DemoCohorts.class.getName());

  @Inject
  @ConfigProperty(name = "ccio.demo", defaultValue = "false")
  boolean demo;

  @Inject Cohorts cohorts;
  @Inject ReviewerScopes scopes;
  @PersistenceContext private EntityManager em;

  @PostConstruct
  void create() {
    if (!demo || !cohorts.all().isEmpty()) {
      return;
    }
    // the demo's reviewer looks at the whole country, as an admin chose
    for (Object id :
        em.createNativeQuery("select id from person where email = 'reviewer@demo.ccio.academy'")
            .getResultList()) {
      scopes.setNational(Actor.SYSTEM, ((Number) id).longValue());
    }
    int intake = Intakes.of(LocalDate.now(UkTime.UK));
    cohorts.create(
        Caller.SYSTEM,
        new CohortInput(
            Intakes.label(intake) + " intake",
            "Everyone who joined this academic year (demo data).",
            intake,
            false,
            List.of(),
            List.of()));
    cohorts.create(
        Caller.SYSTEM,
        new CohortInput(
            "London nurses",
            "Nurses in London, any intake (demo data).",
            null,
            false,
            List.of(
                new CohortCriterion(Dimension.REGION, "LONDON"),
                new CohortCriterion(Dimension.GROUP, "NURSE")),
            List.of()));
    LOG.info("Demo cohorts created");
  }
}
