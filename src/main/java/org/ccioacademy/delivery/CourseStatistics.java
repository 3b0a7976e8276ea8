package org.ccioacademy.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ccioacademy.platform.database.Row;

/**
 * Figures for a course's tutors, aggregated in SQL: who enrolled and who left, per module (as
 * {@link ModuleFigures}, the same figures a reviewer sees) and the questions most often answered
 * wrongly. Definitions are in docs/course-format.md ("Statistics for tutors").
 */
@ApplicationScoped
public class CourseStatistics {

  @PersistenceContext private EntityManager em;

  /** A question and how often it was answered wrongly, over all attempts at it. */
  public record QuestionFigures(
      String moduleTitle, String questionText, long answered, long wrong) {
    public int getWrongPercent() {
      return answered == 0 ? 0 : (int) (wrong * 100 / answered);
    }
  }

  /** Everyone who enrolled on a course, and how many of them have left it. */
  public record Headcount(long enrolled, long left) {}

  public Headcount headcount(long courseId) {
    Row r =
        Row.single(
            em.createNativeQuery(
                    "select count(*), count(*) filter (where status = 'LEFT') from enrolment"
                        + " where course_id = ?1")
                .setParameter(1, courseId));
    return new Headcount(r.longAt(0), r.longAt(1));
  }

  /**
   * Every module of the course's current version over all its enrolments ({@code module_figures}).
   */
  public List<ModuleFigures> modules(long courseId) {
    return Row.list(
            em.createNativeQuery("select * from module_figures(?1, null)")
                .setParameter(1, courseId))
        .stream()
        .map(ModuleFigures::of)
        .toList();
  }

  /**
   * The questions of the course (any version, matched by module and question id) answered wrongly
   * most often, as a share of the times they were answered; at least {@code minAnswers} answers.
   */
  public List<QuestionFigures> hardestQuestions(long courseId, int limit, int minAnswers) {
    List<Row> rows =
        Row.list(
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
                .setParameter(3, minAnswers));
    return rows.stream()
        .map(r -> new QuestionFigures(r.stringAt(0), r.stringAt(1), r.longAt(2), r.longAt(3)))
        .toList();
  }
}
