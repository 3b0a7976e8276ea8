package org.ccioacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.NotAllowedException;

/** Tutors set assignments on the courses they teach (admins on any); everyone finds them. */
@ApplicationScoped
public class Assignments {

  @PersistenceContext private EntityManager em;
  @Inject Catalogue catalogue;
  @Inject AuditLog audit;
  @Inject Rubrics rubrics;
  @Inject AssessmentNotices notices;

  /**
   * Sets a new assignment on a course.
   *
   * @throws InvalidInputException with every problem, by field
   * @throws NotAllowedException unless a tutor of the course or an admin
   */
  @Transactional
  public Assignment create(Caller tutor, String courseCode, AssignmentInput in) {
    Course course = course(courseCode);
    if (!course.mayBeEditedBy(tutor)) {
      throw new NotAllowedException("Only the course's tutors and admins can set its assignments.");
    }
    Rubric rubric = null;
    if (in.rubricId() != null) {
      rubric = rubrics.usable(tutor, in.rubricId()).orElse(null);
      if (rubric == null) {
        throw InvalidInputException.of("rubricId", "Choose one of your rubrics, or none.");
      }
      // marked with a rubric: out of its total
      in = in.outOf(rubric.maxPoints());
    }
    check(course, in);
    Assignment a = new Assignment(course, in, rubric, tutor.userId());
    em.persist(a);
    em.flush();
    audit.record(
        tutor.actor(),
        "assignment.created",
        "assignment",
        a.getId(),
        a.getTitle(),
        null,
        summary(a));
    notices.assignmentSet(a);
    return a;
  }

  void check(Course course, AssignmentInput in) {
    Map<String, String> problems = in.problems(moduleCodes(course));
    if (!problems.isEmpty()) {
      FieldErrors errors = new FieldErrors();
      problems.forEach(errors::add);
      throw new InvalidInputException(errors);
    }
  }

  /** The codes of the course's current modules. */
  public Set<String> moduleCodes(Course course) {
    return course.getCurrentVersion().getModules().stream()
        .map(Module::getCode)
        .collect(Collectors.toSet());
  }

  /** A course's assignments, soonest deadline first. */
  public List<Assignment> forCourse(String courseCode) {
    return em.createQuery(
            "select a from Assignment a where a.course.code = :c order by a.dueAt, a.id",
            Assignment.class)
        .setParameter("c", courseCode)
        .getResultList();
  }

  public Optional<Assignment> find(long id) {
    return em.createQuery(
            "select a from Assignment a join fetch a.course where a.id = :id", Assignment.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  private Course course(String code) {
    return catalogue
        .course(code)
        .orElseThrow(() -> InvalidInputException.of("course", "There is no course " + code + "."));
  }

  static String summary(Assignment a) {
    return (a.hasDeadline() ? "due " + a.getDueAt() : "no deadline")
        + ", late "
        + a.getLatePolicy()
        + ", "
        + (a.getMaxSubmissions() == 0 ? "any number of" : a.getMaxSubmissions())
        + " submissions, out of "
        + a.getMaxMark();
  }
}
