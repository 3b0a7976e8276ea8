package org.ccioacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.database.Sql;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;

/**
 * Tutors mark their courses' submissions (admins any): the marking queue, paged and filtered in the
 * database; a mark with feedback, always a new row (a change says why); release to trainees, one by
 * one or many at once. Two tutors marking the same work at once: the second is told.
 */
@ApplicationScoped
public class Marking {

  @PersistenceContext private EntityManager em;
  @Inject Submissions submissions;
  @Inject AuditLog audit;
  @Inject AssessmentNotices notices;
  @Inject CourseWork courseWork;

  /**
   * The order that puts a submission's standing mark first among its grades (alias {@code x}): the
   * newest agreed mark, else the newest first mark.
   */
  static final String STANDING_FIRST =
      " order by x.kind = 'AGREED' desc, x.kind = 'FIRST' desc, x.id desc";

  /** The rubric levels of grade {@code g} in words ("Criterion: Level (points); ..."), SQL. */
  static final String LEVELS_OF_G =
      "(select string_agg(c.title || ': ' || l.title || ' (' || gl.points::int || ')', '; '"
          + " order by c.position) from grade_level gl"
          + " join rubric_criterion c on c.id = gl.criterion_id"
          + " join rubric_level l on l.id = gl.level_id where gl.grade_id = g.id)";

  /** Where a submission is in marking. */
  public enum Stage {
    TO_MARK,
    TO_MODERATE,
    MARKED,
    RELEASED,
    LATE,
    ALL
  }

  /** One line of the marking queue: the newest submitted attempt of a trainee. */
  public record QueueLine(
      long submissionId,
      String courseTitle,
      String assignmentTitle,
      String trainee,
      int attemptNo,
      OffsetDateTime submittedAt,
      boolean late,
      BigDecimal mark,
      int maxMark,
      OffsetDateTime releasedAt) {}

  /** A mark as given: kept for ever. */
  public record Grade(
      BigDecimal mark,
      String feedback,
      String reason,
      String marker,
      OffsetDateTime markedAt,
      String levels,
      String kind) {}

  /** Everything a tutor needs to mark one submission. */
  public record Work(
      Submission submission,
      String trainee,
      String fileName,
      List<Grade> grades,
      OffsetDateTime releasedAt) {}

  /**
   * The queue's lines: for each trainee and assignment the newest submitted attempt, on the courses
   * this person may mark, filtered, newest first.
   */
  public List<QueueLine> queue(
      Caller who, String course, Long assignment, Stage stage, int first, int n) {
    List<Row> rows =
        Row.list(
            filtered(
                "select s.id, v.title, a.title, u.full_name, s.attempt_no, s.submitted_at, s.late,"
                    + " g.mark, a.max_mark, s.released_at",
                // offset and limit written in (whole numbers from the server), not bound, so the
                // planner sees the real page size (see the gradebook in docs/benchmarks.md)
                " order by s.submitted_at desc, s.id desc offset "
                    + Math.max(0, first)
                    + " limit "
                    + Math.max(0, n),
                who,
                course,
                assignment,
                stage));
    List<QueueLine> lines = new ArrayList<>();
    for (Row r : rows) {
      lines.add(
          new QueueLine(
              r.longAt(0),
              r.stringAt(1),
              r.stringAt(2),
              r.stringAt(3),
              r.intAt(4),
              r.momentAt(5),
              r.booleanAt(6),
              r.decimalAt(7),
              r.intAt(8),
              r.momentAt(9)));
    }
    return lines;
  }

  public long count(Caller who, String course, Long assignment, Stage stage) {
    return ((Number)
            filtered("select count(*)", "", who, course, assignment, stage).getSingleResult())
        .longValue();
  }

  private Query filtered(
      String select, String tail, Caller who, String course, Long assignment, Stage stage) {
    String stageCondition =
        switch (stage == null ? Stage.ALL : stage) {
          case TO_MARK -> " and g.mark is null";
          case MARKED ->
              " and g.mark is not null and s.released_at is null and (not a.moderated or exists"
                  + " (select 1 from grade z where z.submission_id = s.id and z.kind = 'AGREED'))";
          case TO_MODERATE ->
              " and a.moderated and g.mark is not null and not exists (select 1 from grade z"
                  + " where z.submission_id = s.id and z.kind = 'AGREED')";
          case RELEASED -> " and s.released_at is not null";
          case LATE -> " and s.late";
          case ALL -> "";
        };
    return em.createNativeQuery(
            select
                + " from submission s join assignment a on a.id = s.assignment_id"
                + " join current_course v on v.course_id = a.course_id"
                + " join person u on u.id = s.user_id"
                + " left join lateral (select x.mark from grade x where x.submission_id = s.id"
                + STANDING_FIRST
                + " limit 1) g on true"
                + " where s.status = 'SUBMITTED'"
                + " and s.attempt_no = (select max(y.attempt_no) from submission y"
                + "   where y.assignment_id = s.assignment_id and y.user_id = s.user_id"
                + "   and y.status = 'SUBMITTED')"
                + " and (?1 or exists (select 1 from tutor_of_course t"
                + "   where t.course_id = a.course_id"
                + "   and t.user_id = ?2))"
                + " and (cast(?3 as varchar) = '' or v.code = ?3)"
                + " and (?4 = 0 or a.id = ?4)"
                + stageCondition
                + tail)
        .setParameter(1, who.isAdmin())
        .setParameter(2, who.userId())
        .setParameter(3, course == null ? "" : course)
        .setParameter(4, assignment == null ? 0L : assignment);
  }

  /** A submission for marking; empty when there is none this person may mark. */
  public Optional<Work> work(Caller who, long submissionId) {
    Submission s = em.find(Submission.class, submissionId);
    if (s == null || s.isDraft() || !s.getAssignment().getCourse().mayBeEditedBy(who)) {
      return Optional.empty();
    }
    String trainee =
        (String)
            em.createNativeQuery("select full_name from person where id = ?1")
                .setParameter(1, s.getUserId())
                .getSingleResult();
    return Optional.of(
        new Work(
            s, trainee, submissions.fileName(s.getId()), grades(s.getId()), releasedAt(s.getId())));
  }

  /** A submission's file for its marker: empty unless this person may mark it. */
  public Optional<Submissions.StoredFile> file(Caller who, long submissionId) {
    return work(who, submissionId).flatMap(w -> submissions.file(submissionId, null));
  }

  /** Every mark a submission was given, newest first. */
  public List<Grade> grades(long submissionId) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select g.mark, g.feedback, g.reason, g.marker_label, g.marked_at, "
                        + LEVELS_OF_G
                        + ", g.kind from grade g where g.submission_id = ?1 order by g.id desc")
                .setParameter(1, submissionId));
    return rows.stream()
        .map(
            r ->
                new Grade(
                    r.decimalAt(0),
                    r.stringAt(1),
                    r.stringAt(2),
                    r.stringAt(3),
                    r.momentAt(4),
                    r.stringAt(5),
                    r.stringAt(6)))
        .toList();
  }

  private OffsetDateTime releasedAt(long submissionId) {
    return Sql.offsetDateTime(
        em.createNativeQuery("select released_at from submission where id = ?1")
            .setParameter(1, submissionId)
            .getSingleResult());
  }

  /** Which mark it is: the only (or first), a moderator's second, or the one agreed. */
  public enum Kind {
    FIRST,
    SECOND,
    AGREED
  }

  /**
   * Marks a submission: a new grade row, checked by {@link MarkInput#check} (the moderation rules,
   * and a reason for a change to an earlier mark); released at once when asked.
   *
   * @param seenVersion the submission's version when the tutor opened it
   * @throws InvalidInputException with every problem, by field
   * @throws ConcurrentEditException when someone marked it meanwhile (nothing is saved)
   */
  @Transactional
  public void mark(Caller who, long submissionId, long seenVersion, MarkInput in) {
    Work w =
        work(who, submissionId)
            .orElseThrow(() -> new IllegalArgumentException("Not yours to mark"));
    Assignment a = w.submission().getAssignment();
    if (w.submission().getVersion() != seenVersion) {
      throw clash();
    }
    MarkInput.Checked checked =
        in.check(
            a,
            w.grades().stream().map(Grade::kind).toList(),
            in.kind() == Kind.SECOND ? firstMarker(submissionId) : null,
            who.userId());
    Kind as = checked.kind();
    BigDecimal mark = checked.mark();
    String text = checked.feedback();
    String why = checked.reason();
    Rubric rubric = a.getRubric();
    Map<Long, Long> levels = in.levels();
    boolean release = in.release();
    int moved =
        em.createNativeQuery(
                "update submission set version = version + 1 where id = ?1 and version = ?2")
            .setParameter(1, submissionId)
            .setParameter(2, seenVersion)
            .executeUpdate();
    if (moved == 0) {
      throw clash();
    }
    Number gradeId =
        (Number)
            em.createNativeQuery(
                    "insert into grade (submission_id, mark, feedback, reason, marker_id,"
                        + " marker_label, kind) values (?1, ?2, ?3, nullif(?4, ''), ?5, ?6, ?7)"
                        + " returning id")
                .setParameter(1, submissionId)
                .setParameter(2, mark)
                .setParameter(3, text)
                .setParameter(4, why == null ? "" : why)
                .setParameter(5, who.userId())
                .setParameter(6, who.label())
                .setParameter(7, as.name())
                .getSingleResult();
    if (rubric != null) {
      for (RubricCriterion c : rubric.getCriteria()) {
        RubricLevel level = c.level(levels.get(c.getId())).orElseThrow();
        em.createNativeQuery(
                "insert into grade_level (grade_id, criterion_id, level_id, points)"
                    + " values (?1, ?2, ?3, ?4)")
            .setParameter(1, gradeId.longValue())
            .setParameter(2, c.getId())
            .setParameter(3, level.getId())
            .setParameter(4, level.getPoints())
            .executeUpdate();
      }
    }
    String before = w.grades().isEmpty() ? null : w.grades().get(0).mark().toPlainString();
    audit.record(
        who.actor(),
        "submission.marked",
        "submission",
        submissionId,
        a.getTitle(),
        before,
        (a.isModerated() ? as.name().toLowerCase() + " mark " : "")
            + mark.toPlainString()
            + " of "
            + a.getMaxMark()
            + (why == null ? "" : " (" + why + ")"));
    if (release) {
      release(who, List.of(submissionId));
    }
  }

  /** Who gave a submission's first first mark (null when none). */
  private Long firstMarker(long submissionId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select marker_id from grade where submission_id = ?1 and kind = 'FIRST'"
                    + " order by id limit 1")
            .setParameter(1, submissionId)
            .getResultList();
    return ids.isEmpty() || ids.get(0) == null ? null : ids.get(0).longValue();
  }

  private static ConcurrentEditException clash() {
    return new ConcurrentEditException(
        "Someone else marked this submission while you had it open. Their mark is shown below;"
            + " what you typed is still here: check it and save again if it should stand.");
  }

  /**
   * Releases every marked, unreleased submission in the queue as filtered (all pages).
   *
   * @return how many were released
   */
  @Transactional
  public int releaseAllMarked(Caller who, String course, Long assignment) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        filtered("select s.id", "", who, course, assignment, Stage.MARKED).getResultList();
    return release(who, ids.stream().map(Number::longValue).toList());
  }

  /** The courses this person marks: code and title, by title. */
  @SuppressWarnings("unchecked")
  public List<Object[]> courses(Caller who) {
    return em.createNativeQuery(
            "select c.code, c.title from current_course c where ?1 or exists (select 1"
                + " from tutor_of_course t where t.course_id = c.course_id and t.user_id = ?2)"
                + " order by c.title")
        .setParameter(1, who.isAdmin())
        .setParameter(2, who.userId())
        .getResultList();
  }

  /**
   * Releases marked submissions to their trainees (those this person may mark; unmarked or already
   * released ones are left as they are).
   *
   * @return how many were released now
   */
  @Transactional
  public int release(Caller who, List<Long> submissionIds) {
    if (submissionIds.isEmpty()) {
      return 0;
    }
    @SuppressWarnings("unchecked")
    List<Number> released =
        em.createNativeQuery(
                "update submission s set released_at = now(), released_by = ?1,"
                    + " version = s.version + 1"
                    + " from assignment a where a.id = s.assignment_id"
                    + " and s.id = any(cast(?2 as bigint[])) and s.released_at is null"
                    + " and exists (select 1 from grade g where g.submission_id = s.id"
                    + "   and (not a.moderated or g.kind = 'AGREED'))"
                    + " and (?3 or exists (select 1 from tutor_of_course t"
                    + "   where t.course_id = a.course_id and t.user_id = ?1))"
                    + " returning s.id")
            .setParameter(1, who.userId())
            .setParameter(
                2,
                "{" + String.join(",", submissionIds.stream().map(String::valueOf).toList()) + "}")
            .setParameter(3, who.isAdmin())
            .getResultList();
    for (Number id : released) {
      audit.record(
          who.actor(), "submission.released", "submission", id.longValue(), null, null, null);
    }
    List<Long> ids = released.stream().map(Number::longValue).toList();
    notices.released(ids);
    courseWork.released(ids);
    return released.size();
  }
}
