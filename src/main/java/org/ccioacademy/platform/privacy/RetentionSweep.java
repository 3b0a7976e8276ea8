package org.ccioacademy.platform.privacy;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One application of the retention schedule ({@link RetentionSchedule}), fired by {@link Retention}
 * in one transaction: to preview (each feature counts what it would remove, for the admins' page)
 * or to apply (each removes what is older than the schedule allows, and says how much). Features
 * observe it synchronously, each for its own tables.
 */
public final class RetentionSweep {

  /** Which round this is. */
  public enum Phase {
    PREVIEW,
    APPLY
  }

  private final Phase phase;
  private final OffsetDateTime now;
  private final RetentionSchedule schedule;
  private final List<String> done = new ArrayList<>();

  public RetentionSweep(Phase phase, OffsetDateTime now, RetentionSchedule schedule) {
    this.phase = phase;
    this.now = now;
    this.schedule = schedule;
  }

  public boolean isPreview() {
    return phase == Phase.PREVIEW;
  }

  public boolean isApply() {
    return phase == Phase.APPLY;
  }

  /** Accounts disabled, or whose holder left, before this are anonymised. */
  public OffsetDateTime accountsBefore() {
    return now.minusYears(schedule.getDeactivatedAccountYears());
  }

  /** Files uploaded before this are removed. */
  public OffsetDateTime filesBefore() {
    return now.minusYears(schedule.getFileYears());
  }

  /** Audit entries from before this are deleted. */
  public OffsetDateTime auditBefore() {
    return now.minusYears(schedule.getAuditYears());
  }

  /** Emails from before this are deleted. */
  public OffsetDateTime mailBefore() {
    return now.minusDays(schedule.getMailDays());
  }

  /** Staff feed lines from before this are deleted. */
  public OffsetDateTime staffFeedBefore() {
    return now.minusDays(schedule.getStaffFeedDays());
  }

  /**
   * Counts (in a preview) or deletes (when applied) the rows {@code fromWhere} names, such as
   * {@code " from mail_message where created_at < ?1"} with {@code ?1} bound to {@code before}, and
   * says how many in words.
   *
   * @return how many
   */
  public int removeOlder(
      EntityManager em, String fromWhere, OffsetDateTime before, String one, String many) {
    int n =
        isPreview()
            ? ((Number)
                    em.createNativeQuery("select count(*)" + fromWhere)
                        .setParameter(1, before)
                        .getSingleResult())
                .intValue()
            : em.createNativeQuery("delete" + fromWhere).setParameter(1, before).executeUpdate();
    counted(n, one, many);
    return n;
  }

  /** What was (or would be) removed, with how many: "3 accounts anonymised". */
  public void counted(int count, String one, String many) {
    done.add(count + " " + (count == 1 ? one : many));
  }

  /** Everything counted, in the order features said it. */
  public List<String> done() {
    return Collections.unmodifiableList(done);
  }
}
