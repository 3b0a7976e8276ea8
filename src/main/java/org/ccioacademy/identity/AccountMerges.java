package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.PeopleMerging;

/**
 * Two accounts of one person made one (a self-registered account and one from single sign-on or the
 * staff feed, say). Every feature first says what cannot become one person's (both enrolled on one
 * course, both holding one certificate...); if nothing, each moves its rows (learning,
 * certificates, CPD, events, hand-ins, cohorts) to the kept account, all in one transaction. The
 * kept account gains the other's roles, provider links, staff number, and professional details if
 * it had none; the other is disabled, its sessions and API tokens ended, its address freed, and it
 * stays as a row pointing at the kept one, so its audit trail stays. Audited on both.
 */
@ApplicationScoped
public class AccountMerges {

  /** The form field a refusal is reported on. */
  public static final String FIELD = "other";

  @PersistenceContext private EntityManager em;
  @Inject UserAccountRepository accounts;
  @Inject AuditLog audit;
  @Inject Event<PeopleMerging> merging;

  /**
   * Merges the account with address {@code otherEmail} into account {@code keptId}.
   *
   * @return what moved, in words ("2 enrolments, 1 certificate"), or empty for nothing
   * @throws InvalidInputException on {@link #FIELD}, naming every reason, when it cannot be done
   */
  @Transactional
  public String merge(Actor admin, long keptId, String otherEmail) {
    String email = EmailAddress.normalise(otherEmail);
    UserAccount other = email == null ? null : accounts.findByEmail(email).orElse(null);
    if (other == null) {
      throw InvalidInputException.of(
          FIELD, "There is no account with the address " + otherEmail + ".");
    }
    long goneId = other.getId();
    if (goneId == keptId) {
      throw InvalidInputException.of(FIELD, "That is this account's own address.");
    }
    if (admin.userId() != null && admin.userId() == goneId) {
      throw InvalidInputException.of(
          FIELD, "You are signed in with that account, so it cannot be merged away.");
    }
    // both rows locked, lower id first (as every merge does), so two merges cannot deadlock
    UserAccount first = accounts.findForUpdate(Math.min(keptId, goneId)).orElseThrow();
    UserAccount second = accounts.findForUpdate(Math.max(keptId, goneId)).orElseThrow();
    UserAccount kept = first.getId() == keptId ? first : second;
    UserAccount gone = first.getId() == keptId ? second : first;
    PeopleMerging check = new PeopleMerging(keptId, goneId, PeopleMerging.Phase.CHECK);
    merging.fire(check);
    if (!check.conflicts().isEmpty()) {
      throw InvalidInputException.of(
          FIELD, "These two accounts cannot be merged yet: " + String.join(" ", check.conflicts()));
    }
    PeopleMerging move = new PeopleMerging(keptId, goneId, PeopleMerging.Phase.MOVE);
    merging.fire(move);
    String goneEmail = gone.getEmail();
    String before = kept.describe();
    moveIdentity(kept, gone);
    String moved = move.movedInWords();
    audit.record(
        admin,
        "user.merged",
        AccountService.TYPE,
        keptId,
        kept.getEmail(),
        before,
        "account "
            + goneId
            + " ("
            + goneEmail
            + ") merged in"
            + (moved.isEmpty() ? "" : ": " + moved));
    audit.record(
        admin,
        "user.merged-away",
        AccountService.TYPE,
        goneId,
        goneEmail,
        gone.describe(),
        "merged into account " + keptId + " (" + kept.getEmail() + ")");
    return moved;
  }

  private void moveIdentity(UserAccount kept, UserAccount gone) {
    long k = kept.getId();
    long g = gone.getId();
    boolean gainsRoles = !kept.getRoles().containsAll(gone.getRoles());
    sql(
        "insert into user_roles (user_id, role) select ?1, role from user_roles where user_id = ?2"
            + " on conflict do nothing",
        k,
        g);
    sql("delete from user_roles where user_id = ?1", g);
    sql("update external_identity set user_id = ?1 where user_id = ?2", k, g);
    sql("update api_token set revoked_at = now() where user_id = ?1 and revoked_at is null", g);
    sql("delete from recovery_code where user_id = ?1", g);
    sql("delete from second_factor where user_id = ?1", g);
    sql(
        "update password_reset set ended_at = now() where user_id = ?1 and used_at is null and"
            + " ended_at is null",
        g);
    sql(
        "update email_change set ended_at = now() where user_id = ?1 and confirmed_at is null and"
            + " ended_at is null",
        g);
    // the other's address and staff number are freed; the staff number follows the person unless
    // the kept account has one
    String staffNumber = gone.getStaffNumber();
    sql(
        "update users set email = 'merged-' || id || '@merged.invalid', staff_number = null,"
            + " merged_into = ?2 where id = ?1",
        g,
        k);
    if (staffNumber != null) {
      sql(
          "update users set staff_number = ?2 where id = ?1 and staff_number is null",
          k,
          staffNumber);
    }
    if (!kept.hasProfessionalProfile() && gone.hasProfessionalProfile()) {
      kept.updateProfile(gone.getProfile().copy());
    }
    kept.keepLatestSignIn(gone.getLastSignInAt());
    if (gainsRoles) {
      // its sessions start again with the roles it now has
      kept.endSessions();
    }
    gone.mergedAway();
  }

  private void sql(String statement, Object... parameters) {
    var query = em.createNativeQuery(statement);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    query.executeUpdate();
  }
}
