package org.ccioacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.CourseAssignment;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.CourseVersionPublished;
import org.ccioacademy.catalogue.format.AssignmentDefinition;
import org.ccioacademy.catalogue.format.RubricText;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.AssessedWorkPassed;

/**
 * A course's assessed assignment follows its course files: when a version that defines one is
 * published, the assignment trainees hand work in to is made (or brought up to date: title,
 * instructions, pass mark, and the rubric while nothing is marked); when a version no longer
 * defines it, it is withdrawn, and the course no longer asks for it. Runs inside the publishing
 * transaction.
 */
@ApplicationScoped
public class CourseWork {

  private static final Logger LOG = Logger.getLogger(CourseWork.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject Catalogue catalogue;
  @Inject AuditLog audit;
  @Inject AssessmentNotices notices;
  @Inject AssessmentStatements statements;
  @Inject Event<AssessedWorkPassed> passed;

  void onPublished(@Observes CourseVersionPublished event) {
    CourseVersion version = catalogue.version(event.versionId()).orElseThrow();
    AssignmentDefinition d = version.assignment().map(CourseAssignment::toDefinition).orElse(null);
    List<Assignment> existing =
        em.createQuery(
                "select a from Assignment a where a.course.id = :c"
                    + " and a.courseFileCode is not null",
                Assignment.class)
            .setParameter("c", event.courseId())
            .getResultList();
    OffsetDateTime now = OffsetDateTime.now();
    for (Assignment a : existing) {
      if ((d == null || !a.getCourseFileCode().equals(d.id())) && !a.isWithdrawn()) {
        a.withdraw(now, "The course no longer asks for this assignment.");
        audit.record(
            Actor.SYSTEM,
            "assignment.withdrawn",
            "assignment",
            a.getId(),
            a.getTitle(),
            null,
            "no longer in the course files (version " + version.getNumber() + ")");
      }
    }
    if (d == null) {
      return;
    }
    Assignment current =
        existing.stream()
            .filter(a -> a.getCourseFileCode().equals(d.id()))
            .findFirst()
            .orElse(null);
    List<RubricText.Criterion> written = RubricText.read(d.rubric()).criteria();
    if (current == null) {
      Rubric rubric = rubric(d, written, now);
      current = new Assignment(version.getCourse(), d, rubric);
      em.persist(current);
      em.flush();
      audit.record(
          Actor.SYSTEM,
          "assignment.created",
          "assignment",
          current.getId(),
          current.getTitle(),
          null,
          "from the course files (version " + version.getNumber() + ")");
      notices.assignmentSet(current);
      return;
    }
    Rubric newRubric = null;
    if (!written.equals(current.getRubric().written())) {
      if (anythingMarked(current)) {
        LOG.warning(
            () ->
                "The rubric of the assessed assignment "
                    + d.id()
                    + " changed in the course files, but work has been marked with the old one:"
                    + " the old rubric stays");
      } else {
        newRubric = rubric(d, written, now);
      }
    }
    String before = Assignments.summary(current) + ", rubric " + current.getRubric().getId();
    current.follow(d, newRubric);
    audit.record(
        Actor.SYSTEM,
        "assignment.changed",
        "assignment",
        current.getId(),
        current.getTitle(),
        before,
        Assignments.summary(current)
            + ", rubric "
            + current.getRubric().getId()
            + " (course files, version "
            + version.getNumber()
            + ")");
  }

  /**
   * Released passes of a course's assessed assignment may complete a course: says so to whoever
   * completes courses.
   */
  void released(List<Long> releasedIds) {
    statements.released(releasedIds);
    if (releasedIds.isEmpty()) {
      return;
    }
    for (Row r :
        Row.list(
            em.createNativeQuery(
                    "select distinct s.user_id, a.course_id from submission s"
                        + " join assignment a on a.id = s.assignment_id"
                        + " join lateral (select mark from grade x where x.submission_id = s.id"
                        + Marking.STANDING_FIRST
                        + " limit 1) g on true"
                        + " where s.id = any(cast(?1 as bigint[]))"
                        + " and a.course_file_code is not null and g.mark >= a.pass_mark")
                .setParameter(
                    1,
                    "{"
                        + String.join(",", releasedIds.stream().map(String::valueOf).toList())
                        + "}"))) {
      passed.fire(new AssessedWorkPassed(r.longAt(0), r.longAt(1)));
    }
  }

  private Rubric rubric(
      AssignmentDefinition d, List<RubricText.Criterion> written, OffsetDateTime at) {
    Rubric r = new Rubric(null, "Rubric: " + d.title(), written, at);
    em.persist(r);
    return r;
  }

  private boolean anythingMarked(Assignment a) {
    return !em.createNativeQuery(
            "select 1 from grade g join submission s on s.id = g.submission_id"
                + " where s.assignment_id = ?1 limit 1")
        .setParameter(1, a.getId())
        .getResultList()
        .isEmpty();
  }
}
