package org.ccioacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccioacademy.delivery.Enrolments;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.files.FileKind;
import org.ccioacademy.platform.files.StorageQuota;
import org.ccioacademy.platform.files.Upload;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.RefusedException;

/**
 * Trainees' work on assignments: a draft kept as they go (text and a file, checked by content),
 * then submitted under the assignment's rules, which are applied here on the server whatever the
 * page sent. A submitted piece of work is never changed; another submission, where allowed, is a
 * new attempt.
 */
@ApplicationScoped
public class Submissions {

  @PersistenceContext private EntityManager em;
  @Inject AssignmentChanges changes;
  @Inject Assignments assignments;
  @Inject StorageQuota quota;
  @Inject Enrolments enrolments;
  @Inject AuditLog audit;
  @Inject AssessmentStatements statements;

  /** The file of a submission, as stored. */
  public record StoredFile(String name, String mediaType, long size, byte[] content) {}

  /** A trainee's view of one assignment: their draft (if any) and what they have submitted. */
  public record Workspace(
      Assignment assignment,
      Submission draft,
      String draftFileName,
      List<Submission> submitted,
      Assignment.Check check,
      Map<Long, Released> released,
      Assignment.Deadline ownDeadline) {}

  /** A mark the trainee may see: released by a tutor (the newest mark given). */
  public record Released(
      BigDecimal mark, String feedback, OffsetDateTime releasedAt, String levels) {}

  /** Whether the trainee is on the assignment's course (and has not left it). */
  public boolean mayTake(long userId, Assignment a) {
    return enrolments.enrolment(userId, a.getCourse()).filter(e -> !e.isLeft()).isPresent();
  }

  public Workspace workspace(long userId, Assignment a) {
    Submission draft = draft(userId, a.getId()).orElse(null);
    List<Submission> submitted = submitted(userId, a.getId());
    Assignment.Deadline own = changes.deadline(a.getId(), userId).orElse(null);
    return new Workspace(
        a,
        draft,
        draft == null ? null : fileName(draft.getId()),
        submitted,
        a.check(OffsetDateTime.now(), submitted.size(), own),
        released(userId, a.getId()),
        own);
  }

  /** The released marks of the trainee's submissions to an assignment, by submission. */
  public Map<Long, Released> released(long userId, long assignmentId) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select s.id, g.mark, g.feedback, s.released_at, "
                        + Marking.LEVELS_OF_G
                        + " from submission s"
                        + " join lateral (select id, mark, feedback from grade x where x.submission_id ="
                        + " s.id"
                        + Marking.STANDING_FIRST
                        + " limit 1) g on true"
                        + " where s.user_id = ?1 and s.assignment_id = ?2"
                        + " and s.released_at is not null")
                .setParameter(1, userId)
                .setParameter(2, assignmentId));
    Map<Long, Released> byId = new HashMap<>();
    for (Row r : rows) {
      byId.put(
          r.longAt(0), new Released(r.decimalAt(1), r.stringAt(2), r.momentAt(3), r.stringAt(4)));
    }
    return byId;
  }

  /** The size of the file a draft holds now, 0 when none. */
  private long draftFileBytes(Submission draft) {
    if (draft == null) {
      return 0;
    }
    @SuppressWarnings("unchecked")
    List<Number> size =
        em.createNativeQuery("select size_bytes from submission_file where submission_id = ?1")
            .setParameter(1, draft.getId())
            .getResultList();
    return size.isEmpty() ? 0 : size.get(0).longValue();
  }

  /**
   * Keeps the trainee's draft: the text and, when one is chosen, a file (replacing any before);
   * {@code removeFile} drops the draft's file.
   *
   * @throws InvalidInputException when the text or the file is not what the assignment accepts
   */
  @Transactional
  public Submission saveDraft(
      Actor trainee, long assignmentId, String text, Upload file, boolean removeFile) {
    Assignment a = assignment(trainee, assignmentId);
    FieldErrors errors = new FieldErrors();
    String body = text == null ? "" : text.strip();
    if (!body.isEmpty() && !a.isTextAllowed()) {
      errors.add("body", "This assignment takes a file only.");
    } else if (body.length() > 100_000) {
      errors.add("body", "Keep the text to 100,000 characters (attach a file for more).");
    }
    FileKind kind = null;
    if (file != null) {
      kind = FileKind.of(file.content()).orElse(null);
      if (!a.isFileAllowed()) {
        errors.add("file", "This assignment takes text only.");
      } else if (file.content().length > a.getMaxFileMb() * 1024L * 1024L) {
        errors.add("file", tooBig(file.content().length, a.getMaxFileMb()));
      } else if (kind == null || !a.acceptedKinds().contains(kind)) {
        errors.add(
            "file",
            "That file is not "
                + a.acceptedKindsInWords()
                + " (whatever its name says). Save it as one of those and choose it again.");
      }
    }
    Submission draft = draft(trainee.userId(), assignmentId).orElse(null);
    if (kind != null && !errors.has("file")) {
      quota
          .problem(trainee.userId(), file.content().length, draftFileBytes(draft))
          .ifPresent(m -> errors.add("file", m));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    OffsetDateTime now = OffsetDateTime.now();
    if (draft == null) {
      draft =
          new Submission(a, trainee.userId(), lastAttempt(trainee.userId(), assignmentId) + 1, now);
      em.persist(draft);
      em.flush();
    }
    draft.saveText(body, now);
    if (kind != null) {
      em.createNativeQuery(
              "insert into submission_file (submission_id, file_name, media_type, size_bytes,"
                  + " sha256, content) values (?1, ?2, ?3, ?4, ?5, ?6)"
                  + " on conflict (submission_id) do update set file_name = excluded.file_name,"
                  + " media_type = excluded.media_type, size_bytes = excluded.size_bytes,"
                  + " sha256 = excluded.sha256, content = excluded.content")
          .setParameter(1, draft.getId())
          .setParameter(2, kind.safeName(file.name()))
          .setParameter(3, kind.mediaType())
          .setParameter(4, file.content().length)
          .setParameter(5, file.sha256())
          .setParameter(6, file.content())
          .executeUpdate();
    } else if (removeFile) {
      em.createNativeQuery("delete from submission_file where submission_id = ?1")
          .setParameter(1, draft.getId())
          .executeUpdate();
    }
    return draft;
  }

  /**
   * Hands in the trainee's draft, if the assignment's rules allow it now.
   *
   * @throws RefusedException past the deadline (when late work is refused or after the cut-off),
   *     after the last allowed submission, or with nothing to hand in
   */
  @Transactional
  public Submission submit(Actor trainee, long assignmentId) {
    Assignment a = assignment(trainee, assignmentId);
    Submission draft =
        em.createQuery(
                "select s from Submission s where s.assignment.id = :a and s.userId = :u"
                    + " and s.status = :d",
                Submission.class)
            .setParameter("a", assignmentId)
            .setParameter("u", trainee.userId())
            .setParameter("d", Submission.Status.DRAFT)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new RefusedException(
                        "There is nothing to hand in yet: write your answer or choose a file, and"
                            + " save it first."));
    if (draft.getBody().isBlank() && fileName(draft.getId()) == null) {
      throw new RefusedException(
          "There is nothing to hand in yet: write your answer or choose a file, and save it"
              + " first.");
    }
    OffsetDateTime now = OffsetDateTime.now();
    Assignment.Check check =
        a.check(
            now,
            submitted(trainee.userId(), assignmentId).size(),
            changes.deadline(assignmentId, trainee.userId()).orElse(null));
    if (!check.allowed()) {
      throw new RefusedException(check.refusal());
    }
    draft.submit(now, check.late());
    audit.record(
        trainee,
        "submission.submitted",
        "submission",
        draft.getId(),
        a.getTitle(),
        "DRAFT",
        "SUBMITTED attempt " + draft.getAttemptNo() + (check.late() ? ", late" : ""));
    statements.submitted(trainee.userId(), a, draft.getId(), now);
    return draft;
  }

  /** The file of a submission, for the trainee who made it; empty for anyone else. */
  public Optional<StoredFile> ownFile(long userId, long submissionId) {
    return file(submissionId, userId);
  }

  /** The file of a submission (of {@code userId}'s, unless null); callers check who may see it. */
  Optional<StoredFile> file(long submissionId, Long userId) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select f.file_name, f.media_type, f.size_bytes, f.content from submission_file f"
                        + " join submission s on s.id = f.submission_id"
                        + " where f.submission_id = ?1 and (?2 = 0 or s.user_id = ?2)")
                .setParameter(1, submissionId)
                .setParameter(2, userId == null ? 0L : userId));
    return rows.stream()
        .findFirst()
        .map(r -> new StoredFile(r.stringAt(0), r.stringAt(1), r.longAt(2), (byte[]) r.at(3)));
  }

  /** The name of a submission's file, or null when it has none. */
  public String fileName(long submissionId) {
    @SuppressWarnings("unchecked")
    List<String> names =
        em.createNativeQuery("select file_name from submission_file where submission_id = ?1")
            .setParameter(1, submissionId)
            .getResultList();
    return names.isEmpty() ? null : names.get(0);
  }

  private Assignment assignment(Actor trainee, long assignmentId) {
    Assignment a =
        assignments
            .find(assignmentId)
            .orElseThrow(() -> new RefusedException("There is no such assignment."));
    if (!mayTake(trainee.userId(), a)) {
      throw new RefusedException("Enrol on the course to hand in its assignments.");
    }
    return a;
  }

  private Optional<Submission> draft(long userId, long assignmentId) {
    return em.createQuery(
            "select s from Submission s where s.assignment.id = :a and s.userId = :u"
                + " and s.status = :d",
            Submission.class)
        .setParameter("a", assignmentId)
        .setParameter("u", userId)
        .setParameter("d", Submission.Status.DRAFT)
        .getResultStream()
        .findFirst();
  }

  /** What the trainee has handed in, newest first. */
  public List<Submission> submitted(long userId, long assignmentId) {
    return em.createQuery(
            "select s from Submission s where s.assignment.id = :a and s.userId = :u"
                + " and s.status = :s order by s.attemptNo desc",
            Submission.class)
        .setParameter("a", assignmentId)
        .setParameter("u", userId)
        .setParameter("s", Submission.Status.SUBMITTED)
        .getResultList();
  }

  private int lastAttempt(long userId, long assignmentId) {
    Integer n =
        em.createQuery(
                "select max(s.attemptNo) from Submission s where s.assignment.id = :a"
                    + " and s.userId = :u",
                Integer.class)
            .setParameter("a", assignmentId)
            .setParameter("u", userId)
            .getSingleResult();
    return n == null ? 0 : n;
  }

  /** What to say about a file that is too big. */
  public static String tooBig(long bytes, int maxMb) {
    return "That file is "
        + BigDecimal.valueOf(bytes)
            .divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
            .toPlainString()
        + " MB; this assignment takes files up to "
        + maxMb
        + " MB.";
  }
}
