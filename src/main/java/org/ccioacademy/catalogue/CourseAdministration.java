package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;

/** Who teaches which course: administrators add and remove a course's tutors (audited). */
@ApplicationScoped
public class CourseAdministration {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;

  @Transactional
  public boolean addTutor(Actor actor, String courseCode, long userId, String userLabel) {
    Course course = find(courseCode);
    if (!course.addTutor(userId)) {
      return false;
    }
    audit.record(
        actor,
        "course.tutor-added",
        "course",
        course.getId(),
        course.getCurrentVersion().getTitle(),
        null,
        userLabel);
    return true;
  }

  @Transactional
  public boolean removeTutor(Actor actor, String courseCode, long userId, String userLabel) {
    Course course = find(courseCode);
    if (!course.removeTutor(userId)) {
      return false;
    }
    audit.record(
        actor,
        "course.tutor-removed",
        "course",
        course.getId(),
        course.getCurrentVersion().getTitle(),
        userLabel,
        null);
    return true;
  }

  private Course find(String code) {
    return em.createNamedQuery("Course.findByCode", Course.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No such course: " + code));
  }
}
