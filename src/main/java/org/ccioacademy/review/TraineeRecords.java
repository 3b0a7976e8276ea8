package org.ccioacademy.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.platform.database.Sql;

/**
 * One trainee's record as a reviewer reads it: profile, courses and certificates, nothing to
 * change. Only for a trainee inside the reader's scope; anyone else is "not found".
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
      OffsetDateTime lastActivity) {}

  public record Course(
      String title,
      String status,
      OffsetDateTime enrolledAt,
      OffsetDateTime completedAt,
      int modulesDone,
      int modules,
      OffsetDateTime lastActivity) {}

  public record Award(String title, String kind, OffsetDateTime issuedAt, boolean revoked) {}

  public record Record(Profile profile, List<Course> courses, List<Award> certificates) {}

  @SuppressWarnings("unchecked")
  public Optional<Record> find(Scope scope, long userId) {
    List<Object[]> found =
        em.createNativeQuery(
                "select u.id, u.full_name, u.email, u.profession, t.professional_group, t.grade,"
                    + " u.registration_number, t.ods_code, t.region, t.intake_year,"
                    + " t.last_activity_at"
                    + " from trainee_fact t join person u on u.id = t.user_id where t.user_id = ?1")
            .setParameter(1, userId)
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = found.get(0);
    if (!scope.covers((String) r[8], (String) r[7])) {
      return Optional.empty();
    }
    Profile profile =
        new Profile(
            ((Number) r[0]).longValue(),
            (String) r[1],
            (String) r[2],
            (String) r[3],
            Dimension.GROUP.describe((String) r[4]),
            Dimension.GRADE.describe((String) r[5]),
            (String) r[6],
            (String) r[7],
            Dimension.REGION.describe((String) r[8]),
            r[9] == null ? null : Intakes.label(((Number) r[9]).intValue()),
            Sql.offsetDateTime(r[10]));
    List<Object[]> courses =
        em.createNativeQuery(
                "select v.title, e.status, e.enrolled_at, e.completed_at, e.modules_completed,"
                    + " (select count(*) from course_module m"
                    + "   where m.course_version_id = v.course_version_id),"
                    + " e.last_activity_at"
                    + " from enrolment_standing e join current_course v on v.course_id = e.course_id"
                    + " where e.user_id = ?1 order by e.enrolled_at desc")
            .setParameter(1, userId)
            .getResultList();
    List<Object[]> awards =
        em.createNativeQuery(
                "select title, kind, issued_at, revoked from awarded_certificate"
                    + " where user_id = ?1 order by issued_at desc")
            .setParameter(1, userId)
            .getResultList();
    return Optional.of(
        new Record(
            profile,
            courses.stream()
                .map(
                    c ->
                        new Course(
                            (String) c[0],
                            (String) c[1],
                            Sql.offsetDateTime(c[2]),
                            Sql.offsetDateTime(c[3]),
                            ((Number) c[4]).intValue(),
                            ((Number) c[5]).intValue(),
                            Sql.offsetDateTime(c[6])))
                .toList(),
            awards.stream()
                .map(
                    a ->
                        new Award(
                            (String) a[0],
                            (String) a[1],
                            Sql.offsetDateTime(a[2]),
                            Boolean.TRUE.equals(a[3])))
                .toList()));
  }
}
