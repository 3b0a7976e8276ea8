package org.ccioacademy.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.files.FileKind;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode only: the demo tutor's rubric and two assignments on the clinical safety course, with
 * work handed in by Priya and a few sample trainees, so the marking queue, the mark page and the
 * gradebook have something to show. Made through the same services tutors and trainees use; runs
 * once (nothing happens if the course already has an assignment).
 */
@Startup
@Singleton
@DependsOn("DemoLearning")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoAssessment {

  private static final Logger LOG = Logger.getLogger(DemoAssessment.class.getName());
  private static final String COURSE = "clinical-safety";

  @Inject
  @ConfigProperty(name = "ccio.demo", defaultValue = "false")
  boolean demo;

  @Inject Assignments assignments;
  @Inject Submissions submissions;
  @Inject Rubrics rubrics;
  @Inject UserAccountRepository accounts;
  @PersistenceContext EntityManager em;

  @PostConstruct
  void create() {
    if (!demo || !assignments.forCourse(COURSE).isEmpty()) {
      return;
    }
    Long tutorId = accounts.findByEmail("tutor@demo.ccio.academy").map(a -> a.getId()).orElse(null);
    if (tutorId == null) {
      return;
    }
    Actor tutor = Actor.user(tutorId, "tutor@demo.ccio.academy");
    Caller tutorCaller = new Caller(tutorId, tutor.label(), Set.of(Role.TUTOR));
    Rubric rubric =
        rubrics.create(
            tutor,
            "Hazard log entry",
            "Hazard described: Vague 0 | Clear 4 | Clear, with its causes 8\n"
                + "Risk scored: Not scored 0 | Scored 3 | Scored and justified 6\n"
                + "Controls: None 0 | Some 3 | Proportionate, owned and tested 6");
    OffsetDateTime now = OffsetDateTime.now();
    Assignment hazard =
        assignments.create(
            tutorCaller,
            COURSE,
            new AssignmentInput(
                "A hazard log entry from your own service",
                "Choose a digital system used in your service and write one hazard log entry for"
                    + " it: the hazard, its causes and effects, the risk before and after controls"
                    + " (with the matrix from module 2), and who owns each control.\n\nHand in"
                    + " the entry as text, or as a PDF or Word document.",
                "hazard-log-and-risk",
                now.plusDays(14).withHour(17).withMinute(0).withSecond(0).withNano(0),
                Assignment.LatePolicy.ACCEPT,
                now.plusDays(21).withHour(17).withMinute(0).withSecond(0).withNano(0),
                true,
                true,
                EnumSet.of(FileKind.PDF, FileKind.DOCX),
                10,
                2,
                100,
                12,
                rubric.getId(),
                false));
    assignments.create(
        tutorCaller,
        COURSE,
        new AssignmentInput(
            "Reflection: clinical safety in your organisation",
            "In 300 to 500 words: who is your organisation's Clinical Safety Officer, which of"
                + " your systems have a safety case, and one thing you would change.",
            null,
            now.plusDays(28).withHour(17).withMinute(0).withSecond(0).withNano(0),
            Assignment.LatePolicy.REFUSE,
            null,
            true,
            false,
            Set.of(),
            10,
            1,
            20,
            10,
            null,
            true));
    List<Row> trainees =
        Row.list(
            em.createNativeQuery(
                    "select u.id, u.email from person u join enrolment_standing e on e.user_id = u.id"
                        + " join current_course c on c.course_id = e.course_id where c.code = ?1"
                        + " and e.status <> 'LEFT' order by u.id limit 4")
                .setParameter(1, COURSE));
    int handedIn = 0;
    for (Row t : trainees) {
      Actor trainee = Actor.user(t.longAt(0), t.stringAt(1));
      submissions.saveDraft(
          trainee,
          hazard.getId(),
          "Hazard: the e-prescribing system shows a discontinued dose as active after a"
              + " transfer. Causes: ward transfer workflow; cached medication list. Effect: a"
              + " double dose. Risk before controls: 4 (Major, Medium). Controls: refresh on"
              + " transfer (supplier), pharmacist check within 24 hours (pharmacy lead). Risk"
              + " after: 2.",
          null,
          false);
      submissions.submit(trainee, hazard.getId());
      handedIn++;
    }
    LOG.info("Demo assessment created: a rubric, 2 assignments, " + handedIn + " submissions");
  }
}
