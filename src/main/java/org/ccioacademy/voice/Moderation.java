package org.ccioacademy.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;

/**
 * Admins moderate the comments that come with ratings before any reviewer sees one: publish it (as
 * written, or with names and patient details taken out) or withhold it. The author is never shown,
 * to the admin or anyone else. Only the comments of current ratings wait: one replaced by a new
 * rating before it was moderated is never shown.
 */
@ApplicationScoped
public class Moderation {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;

  /** A comment waiting for moderation. */
  public record Pending(
      long ratingId, long version, String system, String comment, OffsetDateTime ratedAt) {}

  /** How many comments wait. */
  public long pendingCount() {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from system_rating where comment_status = 'PENDING'"
                        + " and replaced_at is null")
                .getSingleResult())
        .longValue();
  }

  /** The comments waiting, oldest first, a page at a time. */
  public List<Pending> pending(int first, int n) {
    return Row.list(
            em.createNativeQuery(
                    "select r.id, r.version, s.product || ' (' || s.supplier || ')', r.comment,"
                        + " r.rated_at from system_rating r"
                        + " join clinical_system s on s.id = r.system_id"
                        + " where r.comment_status = 'PENDING' and r.replaced_at is null"
                        + " order by r.rated_at, r.id offset ?1 limit ?2")
                .setParameter(1, first)
                .setParameter(2, n))
        .stream()
        .map(
            r -> new Pending(r.longAt(0), r.longAt(1), r.stringAt(2), r.stringAt(3), r.momentAt(4)))
        .toList();
  }

  /**
   * Publishes a comment for reviewers as {@code text} (the comment with names and patient details
   * removed, or as written).
   */
  @Transactional
  public void publish(Actor admin, long ratingId, long version, String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of(
          "text", "Give the comment as reviewers should read it, or" + " withhold it.");
    }
    if (text.strip().length() > RatingInput.MAX_COMMENT) {
      throw InvalidInputException.of(
          "text", "Keep it to " + RatingInput.MAX_COMMENT + " characters.");
    }
    decide(admin, ratingId, version, "PUBLISHED", text.strip());
  }

  /** Withholds a comment: reviewers never see it. */
  @Transactional
  public void withhold(Actor admin, long ratingId, long version) {
    decide(admin, ratingId, version, "WITHHELD", null);
  }

  private void decide(Actor admin, long ratingId, long version, String status, String text) {
    int changed =
        em.createNativeQuery(
                "update system_rating set comment_status = ?3, published_comment = ?4,"
                    + " moderated_by = ?5, moderated_at = ?6, version = version + 1"
                    + " where id = ?1 and version = ?2 and comment_status = 'PENDING'"
                    + " and replaced_at is null")
            .setParameter(1, ratingId)
            .setParameter(2, version)
            .setParameter(3, status)
            .setParameter(4, text)
            .setParameter(5, admin.userId())
            .setParameter(6, OffsetDateTime.now())
            .executeUpdate();
    if (changed == 0) {
      throw new ConcurrentEditException(
          "That comment was moderated, or replaced by a new rating, a moment ago: the list shows"
              + " what still waits.");
    }
    audit.record(
        admin,
        "PUBLISHED".equals(status) ? "voice.comment-published" : "voice.comment-withheld",
        "system_rating",
        ratingId,
        null,
        "waiting for moderation",
        "PUBLISHED".equals(status)
            ? text.equals(originalOf(ratingId)) ? "published as written" : "published with changes"
            : "withheld");
  }

  private String originalOf(long ratingId) {
    return (String)
        em.createNativeQuery("select comment from system_rating where id = ?1")
            .setParameter(1, ratingId)
            .getSingleResult();
  }
}
