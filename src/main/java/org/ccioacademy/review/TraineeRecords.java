package org.ccioacademy.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.platform.database.Row;

/**
 * One trainee's record as a reviewer reads it: profile, courses, certificates, events attended and
 * the pathway stage reached, nothing to change. Only for a trainee inside the reader's scope;
 * anyone else is "not found".
 */
@ApplicationScoped
public class TraineeRecords {

  @PersistenceContext private EntityManager em;

  public record Profile(
      long userId,
      String name,
      String email,
      String profession,
      String group,
      String grade,
      String registration,
      String odsCode,
      String region,
      String intake,
      OffsetDateTime lastActivity,
      long learningRecords,
      OffsetDateTime lastRecord) {}

  public record Course(
      String title,
      String status,
      OffsetDateTime enrolledAt,
      OffsetDateTime completedAt,
      int modulesDone,
      int modules,
      OffsetDateTime lastActivity) {}

  /** A certificate: what it certifies was done on {@code completedOn}, and it was issued later. */
  public record Award(
      String title, String kind, LocalDate completedOn, OffsetDateTime issuedAt, boolean revoked) {

    public boolean isStage() {
      return "STAGE".equals(kind);
    }
  }

  /** An event the trainee attended: how many of its sessions, and the CPD hours they gave. */
  public record Attended(
      String event,
      OffsetDateTime firstSession,
      int sessions,
      BigDecimal hours,
      BigDecimal participatoryHours) {}

  /**
   * The whole record. {@code stage} is the furthest pathway stage whose certificate stands (null:
   * none yet).
   */
  public record Record(
      Profile profile,
      List<Course> courses,
      List<Award> certificates,
      List<Attended> events,
      String stage) {}

  public Optional<Record> find(Scope scope, long userId) {
    List<Row> found =
        Row.list(
            em.createNativeQuery(
                    "select u.id, u.full_name, u.email, u.profession, t.professional_group, t.grade,"
                        + " u.registration_number, t.ods_code, t.region, t.intake_year,"
                        + " t.last_activity_at, r.statements, r.last_stored"
                        + " from trainee_fact t join person u on u.id = t.user_id"
                        + " cross join lateral learning_records_of(t.user_id) r"
                        + " where t.user_id = ?1")
                .setParameter(1, userId));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Row r = found.get(0);
    if (!scope.covers(r.stringAt(8), r.stringAt(7))) {
      return Optional.empty();
    }
    Profile profile =
        new Profile(
            r.longAt(0),
            r.stringAt(1),
            r.stringAt(2),
            r.stringAt(3),
            Dimension.GROUP.describe(r.stringAt(4)),
            Dimension.GRADE.describe(r.stringAt(5)),
            r.stringAt(6),
            r.stringAt(7),
            Dimension.REGION.describe(r.stringAt(8)),
            r.isNull(9) ? null : Intakes.label(r.intAt(9)),
            r.momentAt(10),
            r.longAt(11),
            r.momentAt(12));
    List<Row> courses =
        Row.list(
            em.createNativeQuery(
                    "select v.title, e.status, e.enrolled_at, e.completed_at, e.modules_completed,"
                        + " (select count(*) from course_module m"
                        + "   where m.course_version_id = v.course_version_id),"
                        + " e.last_activity_at"
                        + " from enrolment_standing e join current_course v on v.course_id = e.course_id"
                        + " where e.user_id = ?1 order by e.enrolled_at desc")
                .setParameter(1, userId));
    List<Row> awards =
        Row.list(
            em.createNativeQuery(
                    "select title, kind, completed_on, issued_at, revoked from awarded_certificate"
                        + " where user_id = ?1 order by issued_at desc")
                .setParameter(1, userId));
    List<Row> attended =
        Row.list(
            em.createNativeQuery(
                    "select event_title, min(starts_at), count(*), sum(cpd_hours),"
                        + " coalesce(sum(cpd_hours) filter (where participatory), 0)"
                        + " from attended_session where user_id = ?1"
                        + " group by event_id, event_title order by min(starts_at) desc")
                .setParameter(1, userId));
    List<Award> certificates =
        awards.stream()
            .map(
                a ->
                    new Award(
                        a.stringAt(0), a.stringAt(1), a.dateAt(2), a.momentAt(3), a.booleanAt(4)))
            .toList();
    // stages are reached in order, so the newest standing stage certificate is the furthest
    String stage =
        certificates.stream()
            .filter(a -> a.isStage() && !a.revoked())
            .map(Award::title)
            .findFirst()
            .orElse(null);
    return Optional.of(
        new Record(
            profile,
            courses.stream()
                .map(
                    c ->
                        new Course(
                            c.stringAt(0),
                            c.stringAt(1),
                            c.momentAt(2),
                            c.momentAt(3),
                            c.intAt(4),
                            c.intAt(5),
                            c.momentAt(6)))
                .toList(),
            certificates,
            attended.stream()
                .map(
                    e ->
                        new Attended(
                            e.stringAt(0),
                            e.momentAt(1),
                            e.intAt(2),
                            e.decimalAt(3),
                            e.decimalAt(4)))
                .toList(),
            stage));
  }
}
