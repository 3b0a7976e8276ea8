package org.ccioacademy.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * Figures for a course's tutors, aggregated in SQL: per module, how many are enrolled, how many
 * have completed it, the average best quiz score; and the questions most often answered wrongly.
 * Definitions are in docs/course-format.md ("Statistics for tutors").
 */
@ApplicationScoped
public class CourseStatistics {

  @PersistenceContext private EntityManager em;

  /** One module's figures. {@code averageBestScore} is null when nobody has taken its quiz. */
  public record ModuleFigures(
      String moduleCode,
      String title,
      int position,
      long enrolled,
      long completed,
      long attempts,
      BigDecimal averageBestScore) {
    public int getCompletedPercent() {
      return enrolled == 0 ? 0 : (int) (completed * 100 / enrolled);
    }
  }

  /** A question and how often it was answered wrongly, over all attempts at it. */
  public record QuestionFigures(
      String moduleTitle, String questionText, long answered, long wrong) {
    public int getWrongPercent() {
      return answered == 0 ? 0 : (int) (wrong * 100 / answered);
    }
  }

  /** Enrolments that count: everyone who enrolled and has not left. */
  public long enrolled(long courseId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from enrolment where course_id = ?1 and status <> 'LEFT'")
                .setParameter(1, courseId)
                .getSingleResult())
        .longValue();
  }

  public List<ModuleFigures> modules(long courseId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "with e as (select id from enrolment where course_id = ?1 and status <> 'LEFT')"
                    + " select m.code, m.title, m.position,"
                    + " (select count(*) from e),"
                    + " (select count(*) from module_progress p join e on e.id = p.enrolment_id"
                    + "   where p.module_code = m.code and p.completed_at is not null),"
                    + " (select count(*) from quiz_attempt a join e on e.id = a.enrolment_id"
                    + "   where a.module_code = m.code),"
                    + " (select round(avg(p.best_score), 1) from module_progress p"
                    + "   join e on e.id = p.enrolment_id"
                    + "   where p.module_code = m.code and p.best_score is not null)"
                    + " from course_module m join current_course c"
                    + "   on c.course_version_id = m.course_version_id"
                    + " where c.course_id = ?1 order by m.position")
            .setParameter(1, courseId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ModuleFigures(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).intValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    r[6] == null ? null : new BigDecimal(r[6].toString())))
        .toList();
  }

  /**
   * The questions of the course (any version, matched by module and question id) answered wrongly
   * most often, as a share of the times they were answered; at least {@code minAnswers} answers.
   */
  public List<QuestionFigures> hardestQuestions(long courseId, int limit, int minAnswers) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select max(m.title), max(q.text), count(*),"
                    + " count(*) filter (where not r.correct)"
                    + " from quiz_response r join quiz_question q on q.question_id = r.question_id"
                    + " join course_module m on m.module_id = q.module_id"
                    + " join course_version_fact v on v.course_version_id = m.course_version_id"
                    + " where v.course_id = ?1"
                    + " group by m.code, q.code having count(*) >= ?3"
                    + " order by count(*) filter (where not r.correct)::numeric / count(*) desc,"
                    + " count(*) desc limit ?2")
            .setParameter(1, courseId)
            .setParameter(2, limit)
            .setParameter(3, minAnswers)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new QuestionFigures(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }
}
