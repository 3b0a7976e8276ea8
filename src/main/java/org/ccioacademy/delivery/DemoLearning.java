package org.ccioacademy.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseAdministration;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.Question;
import org.ccioacademy.delivery.quiz.Quizzes;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.database.Row;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode only: the demo tutor teaches every course, and the demo and sample trainees are part
 * way through some courses (through the same services a trainee uses), so every page has something
 * to show. Runs once: nothing happens if the demo trainee already has an enrolment.
 */
@Startup
@Singleton
@DependsOn({"DemoData", "CourseStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoLearning {

  private static final Logger LOG = Logger.getLogger(DemoLearning.class.getName());

  @Inject
  @ConfigProperty(name = "ccio.demo", defaultValue = "false")
  boolean demo;

  @Inject Catalogue catalogue;
  @Inject CourseAdministration administration;
  @Inject Enrolments enrolments;
  @Inject MyLearning myLearning;
  @Inject Quizzes quizzes;
  @Inject DemoHistory history;
  @PersistenceContext EntityManager em;
  @Inject UserAccountRepository accounts;

  @PostConstruct
  void create() {
    if (!demo) {
      return;
    }
    Long tutor = userId("tutor@demo.ccio.academy");
    Long trainee = userId("trainee@demo.ccio.academy");
    List<Course> courses = catalogue.allCourses();
    if (tutor == null || trainee == null || courses.isEmpty()) {
      return;
    }
    for (Course c : courses) {
      if (!c.isTutor(tutor)) {
        administration.addTutor(
            Actor.SYSTEM, c.getCode(), tutor, "tutor@demo.ccio.academy (demo data)");
      }
    }
    if (myLearning.learningCount(trainee) > 0) {
      return;
    }
    Actor priya = Actor.user(trainee, "trainee@demo.ccio.academy");
    // Priya: the foundations course done but for its last module; another course just started
    progress(priya, "ccio-foundations", 2, true);
    progress(priya, "clinical-safety", 0, true);
    // and the data security course done 11 months ago: its certificate (a year) is nearly due
    history.completedMonthsAgo(trainee, "cyber-security-dspt", 11);
    List<Row> samples =
        Row.list(
            em.createNativeQuery(
                "select u.id, u.email from person u join person_role r on r.user_id = u.id"
                    + " where r.role = 'TRAINEE' and u.email like '%@example.nhs.uk'"
                    + " order by u.id"));
    int i = 0;
    for (Row row : samples) {
      Actor a = Actor.user(row.longAt(0), row.stringAt(1));
      Course first = courses.get(i % courses.size());
      Course second = courses.get((i * 7 + 3) % courses.size());
      progress(a, first.getCode(), i % 4, i % 3 != 0);
      if (i % 2 == 0 && second != first) {
        progress(a, second.getCode(), i % 3, true);
      }
      i++;
    }
    LOG.info("Demo learning created: " + (samples.size() + 1) + " trainees part-way through");
  }

  /** Enrols and completes the first {@code modules} modules (reading and passing quizzes). */
  private void progress(Actor trainee, String courseCode, int modules, boolean passQuizzes) {
    enrolments.enrol(trainee, courseCode);
    Course course = catalogue.course(courseCode).orElseThrow();
    List<Module> all = course.getCurrentVersion().getModules();
    for (int m = 0; m < Math.min(modules, all.size()); m++) {
      Module module = all.get(m);
      enrolments.markRead(trainee, courseCode, module.getCode());
      if (module.hasQuiz()) {
        Quizzes.Sitting sitting = quizzes.startQuiz(trainee, courseCode, module.getCode());
        Map<Long, String> answers = new HashMap<>();
        for (Question q : sitting.questions()) {
          answers.put(q.getId(), passQuizzes ? q.rightResponse() : "0");
        }
        quizzes.submitQuiz(trainee, courseCode, module.getCode(), sitting.id(), answers);
      }
    }
  }

  private Long userId(String email) {
    return accounts.findByEmail(email).map(UserAccount::getId).orElse(null);
  }
}
