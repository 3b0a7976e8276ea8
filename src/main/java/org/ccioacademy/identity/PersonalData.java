package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipOutputStream;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.privacy.PersonErasure;
import org.ccioacademy.platform.privacy.SubjectAccess;
import org.ccioacademy.platform.security.Throttle;

/**
 * A person's rights over their data: a copy of everything held about them (one zip: the account
 * here, and what every feature adds through {@link SubjectAccess}), and erasure on request (every
 * feature removes or anonymises its part through {@link PersonErasure}; the account stays as a row
 * that names no one, so certificates, marks and attendance that must be kept still add up). Both
 * audited.
 */
@ApplicationScoped
public class PersonalData {

  @PersistenceContext private EntityManager em;
  @Inject UserAccountRepository accounts;
  @Inject AuditLog audit;
  @Inject Throttle throttle;
  @Inject Event<SubjectAccess> access;
  @Inject Event<PersonErasure> erasure;

  /** What erasing this person would remove and keep, in words, by feature. */
  public record Preview(List<String> removed, List<String> kept) {}

  /**
   * Writes everything held about a person to {@code out} as a zip, for the person themself or for
   * an admin answering a request (then {@code reference} says which request); audited.
   *
   * @return how many files the zip holds
   */
  @Transactional
  public int export(Actor who, long personId, String reference, OutputStream out)
      throws IOException {
    UserAccount person =
        accounts.find(personId).orElseThrow(() -> new NoSuchAccountException(personId));
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    SubjectAccess copy = new SubjectAccess(personId, person.getEmail(), zip);
    copy.file("README.txt", readme(person).getBytes(StandardCharsets.UTF_8));
    copy.rows(
        em,
        "account/account.json",
        "select id, email, full_name, enabled, professional_group, profession, grade,"
            + " registration_number, ods_code, region, intake_year, staff_number, left_on,"
            + " last_sign_in_at, created_at, updated_at, erased_at,"
            + " (select array_agg(role order by role) from user_roles r where r.user_id = u.id)"
            + " as roles from users u where id = ?1");
    copy.rows(
        em,
        "account/sign-in-methods.json",
        "select provider, subject, email, linked_at, last_used_at from external_identity"
            + " where user_id = ?1 order by linked_at");
    copy.rows(
        em,
        "account/two-step-sign-in.json",
        "select created_at, confirmed_at from second_factor where user_id = ?1");
    copy.rows(
        em,
        "account/api-tokens.json",
        "select name, created_at, expires_at, last_used_at, revoked_at from api_token"
            + " where user_id = ?1 order by created_at");
    copy.rows(
        em,
        "account/email-changes.json",
        "select new_email, created_at, confirmed_at from email_change where user_id = ?1"
            + " order by created_at");
    access.fire(copy);
    copy.json("contents.json", contents(copy));
    zip.finish();
    int files = copy.counts().size() + 2;
    audit.read(
        who,
        "privacy.subject-access",
        AccountService.TYPE,
        personId,
        person.getEmail(),
        reference == null || reference.isBlank()
            ? "downloaded by the person"
            : "for the request: " + reference.strip(),
        files);
    return files;
  }

  private static String contents(SubjectAccess copy) {
    StringBuilder json = new StringBuilder("{");
    copy.counts()
        .forEach(
            (path, n) ->
                json.append(json.length() > 1 ? "," : "")
                    .append('"')
                    .append(path)
                    .append("\":")
                    .append(n));
    return json.append('}').toString();
  }

  private static String readme(UserAccount person) {
    return "Everything CCIO Academy holds about "
        + person.getFullName()
        + " <"
        + person.getEmail()
        + ">, as of "
        + OffsetDateTime.now()
        + ".\r\n\r\n"
        + "Each folder holds one kind of record as JSON (one object per record; times are in"
        + " ISO 8601 with their offset from UTC), and the files you uploaded or were issued, as"
        + " they are. contents.json says how many records each file holds.\r\n\r\n"
        + "account/       your account, professional details and how you sign in\r\n"
        + "learning/      courses, modules, quiz attempts and answers\r\n"
        + "assessment/    what you handed in (and its files), marks and feedback\r\n"
        + "events/        events you registered for and your attendance\r\n"
        + "certificates/  your certificates, with their PDFs\r\n"
        + "cpd/           your CPD records, reflections and evidence files\r\n"
        + "cohorts/       the cohorts reviewers have put you in\r\n"
        + "audit/         the audit log's entries by or about you\r\n"
        + "emails/        the emails we sent you that we still keep\r\n\r\n"
        + "Questions, or something wrong? Use the contact page and choose 'My personal data'.\r\n";
  }

  /** What erasing this person would do, for the admin to read before confirming. */
  @Transactional
  public Preview preview(long personId) {
    UserAccount person =
        accounts.find(personId).orElseThrow(() -> new NoSuchAccountException(personId));
    PersonErasure e =
        new PersonErasure(
            personId, person.getEmail(), PersonErasure.Phase.PREVIEW, identifiers(person));
    erasure.fire(e);
    List<String> removed = new ArrayList<>();
    removed.add(
        "the name, email address, registration and staff numbers and sign-in methods of the"
            + " account");
    removed.addAll(e.removed());
    List<String> kept = new ArrayList<>();
    kept.add(
        "the account itself, disabled and called \""
            + PersonErasure.placeholder(personId)
            + "\", with its profession, grade, region and organisation, so cohort figures still"
            + " count it");
    kept.addAll(e.kept());
    return new Preview(removed, kept);
  }

  /**
   * Erases a person's personal data, for an admin who has typed the person's name to confirm.
   *
   * @throws InvalidInputException on "confirm" when the typed name is not the person's, on
   *     "reference" when no request is named, or when the admin would erase themself or the person
   *     is erased already
   */
  @Transactional
  public void erase(Actor admin, long personId, String reference, String typedName) {
    UserAccount person =
        accounts.findForUpdate(personId).orElseThrow(() -> new NoSuchAccountException(personId));
    if (reference == null || reference.isBlank()) {
      throw InvalidInputException.of(
          "reference", "Say which request this answers (its date, or your reference for it).");
    }
    if (isErased(personId)) {
      throw InvalidInputException.of("confirm", "This person's data is erased already.");
    }
    if (admin.userId() != null && admin.userId() == personId) {
      throw InvalidInputException.of(
          "confirm", "You cannot erase your own account: ask another administrator.");
    }
    if (typedName == null
        || !typedName
            .strip()
            .toLowerCase(Locale.ROOT)
            .equals(person.getFullName().strip().toLowerCase(Locale.ROOT))) {
      throw InvalidInputException.of(
          "confirm",
          "Type the person's name exactly as shown (" + person.getFullName() + ") to confirm.");
    }
    eraseNow(admin, person, "for the request: " + reference.strip());
  }

  /**
   * Anonymises an account the retention schedule has kept long enough (disabled, or its holder
   * left, that many years ago), as erasure does; audited as the system's.
   */
  @Transactional
  public void anonymise(long personId, String why) {
    UserAccount person =
        accounts.findForUpdate(personId).orElseThrow(() -> new NoSuchAccountException(personId));
    if (!isErased(personId)) {
      eraseNow(Actor.SYSTEM, person, why);
    }
  }

  private void eraseNow(Actor actor, UserAccount person, String why) {
    long personId = person.getId();
    PersonErasure e =
        new PersonErasure(
            personId, person.getEmail(), PersonErasure.Phase.ERASE, identifiers(person));
    erasure.fire(e);
    eraseAccount(e);
    audit.record(
        actor,
        "privacy.erased",
        AccountService.TYPE,
        personId,
        e.placeholder(),
        null,
        why + (e.removed().isEmpty() ? "" : "; removed " + String.join(", ", e.removed())));
  }

  /** Whether this person's data has been erased. */
  public boolean isErased(long personId) {
    return !em.createNativeQuery("select 1 from users where id = ?1 and erased_at is not null")
        .setParameter(1, personId)
        .getResultList()
        .isEmpty();
  }

  /** Everything that names the person in free text: name, addresses, numbers. */
  private List<String> identifiers(UserAccount person) {
    List<String> ids = new ArrayList<>();
    ids.add(person.getFullName());
    ids.add(person.getEmail());
    if (person.getProfile() != null) {
      ids.add(person.getProfile().getRegistrationNumber());
    }
    ids.add(person.getStaffNumber());
    for (Object o :
        em.createNativeQuery(
                "select new_email from email_change where user_id = ?1"
                    + " union select email from external_identity where user_id = ?1"
                    + " and email is not null")
            .setParameter(1, person.getId())
            .getResultList()) {
      ids.add((String) o);
    }
    return ids;
  }

  private void eraseAccount(PersonErasure e) {
    long id = e.personId();
    for (String table :
        List.of(
            "external_identity",
            "second_factor",
            "recovery_code",
            "password_reset",
            "email_change",
            "api_token")) {
      em.createNativeQuery("delete from " + table + " where user_id = ?1")
          .setParameter(1, id)
          .executeUpdate();
    }
    em.createNativeQuery(
            "delete from staff_feed_line where user_id = ?1 or lower(email) = ?2"
                + " or staff_number = ?3")
        .setParameter(1, id)
        .setParameter(2, e.email())
        .setParameter(3, staffNumberOf(id))
        .executeUpdate();
    e.scrub(em, "staff_feed_line", "problems", "conflict");
    em.createNativeQuery(
            "update users set email = ?2, full_name = ?3, password_hash = '!', enabled = false,"
                + " registration_number = null, staff_number = null, last_sign_in_at = null,"
                + " locked_until = null, failed_sign_ins = 0, session_stamp = session_stamp + 1,"
                + " erased_at = now(), updated_at = now(), version = version + 1 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, "erased-" + id + "@erased.invalid")
        .setParameter(3, e.placeholder())
        .executeUpdate();
    throttle.forgive(Throttle.Rule.SIGNIN_EMAIL, e.email() + "|");
    throttle.forgive(Throttle.Rule.RESET_EMAIL, e.email());
    em.flush();
    em.clear();
  }

  private String staffNumberOf(long id) {
    Object n =
        em.createNativeQuery("select coalesce(staff_number, '') from users where id = ?1")
            .setParameter(1, id)
            .getSingleResult();
    return (String) n;
  }
}
