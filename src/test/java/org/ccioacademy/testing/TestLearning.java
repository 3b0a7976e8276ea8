package org.ccioacademy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import org.ccioacademy.testing.WebClient.Page;

/**
 * Enrolments, module progress and earlier completions made straight in the test database, for tests
 * that need learners as they would be weeks later (completed 20 days ago, inactive for 90) without
 * taking the course in a browser: {@code TestLearning.enrolment(userId,
 * "clinical-safety").completed(30, 20).create()}. Days are counted back from now.
 */
public final class TestLearning {

  private TestLearning() {}

  /**
   * An enrolment of {@code userId} on {@code course}, to describe further and {@link #create()}.
   */
  public static Enrolment enrolment(long userId, String course) {
    return new Enrolment(userId, course);
  }

  /** An enrolment being described: active, enrolled today, unless told otherwise. */
  public static final class Enrolment {
    private final long userId;
    private final String course;
    private String status = "ACTIVE";
    private int enrolledDaysAgo;
    private Integer completedDaysAgo;
    private Integer activeDaysAgo;

    private Enrolment(long userId, String course) {
      this.userId = userId;
      this.course = course;
    }

    /** In progress, enrolled {@code enrolledDaysAgo} days ago. */
    public Enrolment active(int enrolledDaysAgo) {
      this.status = "ACTIVE";
      this.enrolledDaysAgo = enrolledDaysAgo;
      return this;
    }

    /**
     * Completed {@code completedDaysAgo} days ago. The completion names no course version, so the
     * certificates feature issues nothing for it (tests of figures stay as they were made).
     */
    public Enrolment completed(int enrolledDaysAgo, int completedDaysAgo) {
      this.status = "COMPLETED";
      this.enrolledDaysAgo = enrolledDaysAgo;
      this.completedDaysAgo = completedDaysAgo;
      return this;
    }

    /** Left the course (today), having enrolled {@code enrolledDaysAgo} days ago. */
    public Enrolment left(int enrolledDaysAgo) {
      this.status = "LEFT";
      this.enrolledDaysAgo = enrolledDaysAgo;
      return this;
    }

    /** Last active {@code daysAgo} days ago (default: when enrolled, or completed). */
    public Enrolment lastActive(int daysAgo) {
      this.activeDaysAgo = daysAgo;
      return this;
    }

    /** Stores it; returns the enrolment's id. */
    public long create() throws SQLException {
      int active =
          activeDaysAgo != null
              ? activeDaysAgo
              : completedDaysAgo != null ? completedDaysAgo : enrolledDaysAgo;
      return Long.parseLong(
          TestDatabase.one(
              "insert into enrolment (user_id, course_id, status, enrolled_at, completed_at,"
                  + " left_at, last_activity_at)"
                  + " select ?, c.id, ?, now() - make_interval(days => ?),"
                  + " now() - make_interval(days => ?),"
                  + " case when ? = 'LEFT' then now() end, now() - make_interval(days => ?)"
                  + " from course c where c.code = ? returning id",
              userId,
              status,
              enrolledDaysAgo,
              completedDaysAgo,
              status,
              active,
              course));
    }
  }

  /**
   * Every module of the enrolment's course (current version) read, its quiz passed with {@code
   * score}.
   */
  public static void passedEveryModule(long enrolmentId, int score) throws SQLException {
    TestDatabase.execute(
        "insert into module_progress (enrolment_id, module_code, read_at, quiz_passed_at,"
            + " best_score, completed_at) select e.id, m.code, now(), now(), ?, now()"
            + " from enrolment e join course c on c.id = e.course_id"
            + " join module m on m.course_version_id = c.current_version_id where e.id = ?",
        score,
        enrolmentId);
  }

  /** One module read and its quiz scored {@code score} without passing: not completed. */
  public static void scoredWithoutPassing(long enrolmentId, String module, int score)
      throws SQLException {
    TestDatabase.execute(
        "insert into module_progress (enrolment_id, module_code, read_at, best_score)"
            + " values (?, ?, now(), ?)",
        enrolmentId,
        module,
        score);
  }

  /**
   * The enrolment is being taken again for re-certification: a round started {@code
   * roundStartedDaysAgo} days ago, after an earlier completion kept in its history (started and
   * completed so many days ago).
   */
  public static void recertifying(
      long enrolmentId, int roundStartedDaysAgo, int earlierStartedDaysAgo, int earlierDoneDaysAgo)
      throws SQLException {
    TestDatabase.execute(
        "update enrolment set round_started_at = now() - make_interval(days => ?) where id = ?",
        roundStartedDaysAgo,
        enrolmentId);
    TestDatabase.execute(
        "insert into course_completion (enrolment_id, user_id, course_version_id, started_at,"
            + " completed_at) select e.id, e.user_id, c.current_version_id,"
            + " now() - make_interval(days => ?), now() - make_interval(days => ?)"
            + " from enrolment e join course c on c.id = e.course_id where e.id = ?",
        earlierStartedDaysAgo,
        earlierDoneDaysAgo,
        enrolmentId);
  }

  /**
   * {@code n} trainees (emails {@code bulk-<run>-<i>@test.ccio.academy}) who completed {@code
   * course} yesterday, in three statements however many there are; returns the run's mark.
   */
  public static String bulkCompletions(int n, String course) throws SQLException {
    String run = Long.toString(System.nanoTime(), 36);
    TestDatabase.execute(
        "insert into users (email, full_name, password_hash, professional_group, profession,"
            + " grade, registration_number, ods_code, region)"
            + " select 'bulk-' || ? || '-' || i || '@test.ccio.academy', 'Bulk Trainee ' || i,"
            + " 'not-a-hash', 'NURSE', 'NURSE', 'BAND_5', '01A2345N', 'RTD', 'LONDON'"
            + " from generate_series(1, ?) i",
        run,
        n);
    TestDatabase.execute(
        "insert into user_roles (user_id, role) select id, 'TRAINEE' from users"
            + " where email like 'bulk-' || ? || '-%'",
        run);
    TestDatabase.execute(
        "insert into enrolment (user_id, course_id, status, enrolled_at, completed_at,"
            + " completed_version_id, last_activity_at)"
            + " select u.id, c.id, 'COMPLETED', now() - interval '2 days', now() - interval '1 day',"
            + " c.current_version_id, now() - interval '1 day' from users u, course c"
            + " where u.email like 'bulk-' || ? || '-%' and c.code = ?",
        run, course);
    return run;
  }

  /**
   * The trainee signed in on {@code web} takes {@code course} through its pages: enrols, reads
   * every module and passes every quiz.
   */
  public static void takeCourse(WebClient web, String course) throws SQLException {
    Page page = web.get("course.xhtml?id=" + course);
    web.submit("course.xhtml?id=" + course, page, "enrolment", "enrol", Map.of());
    takeEveryModule(web, course);
  }

  /** Reads every module of a course the trainee is on, in order, and passes every quiz. */
  public static void takeEveryModule(WebClient web, String course) throws SQLException {
    for (String m : TestDatabase.modules(course)) {
      String url = "learn/module.xhtml?course=" + course + "&module=" + m;
      Page read = web.submit(url, web.get(url), "read", "markRead", Map.of());
      assertThat(read.status()).as(read.body()).isEqualTo(302);
      String quiz = "learn/quiz.xhtml?course=" + course + "&module=" + m;
      Page q = web.get(quiz);
      if (q.status() == 200 && q.body().contains("id=\"quiz\"")) {
        web.submitAll(quiz, q, "quiz", "submit", TestQuizzes.answers(course, m, true));
      }
    }
  }
}
