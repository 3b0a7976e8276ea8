package org.ccioacademy.platform.privacy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person's personal data erased on request (UK GDPR Article 17), fired twice by identity in one
 * transaction: first to {@link #isPreview preview} (each feature says, in plain words, what it
 * would remove and what it would keep without a name, shown to the admin before confirming), then
 * to erase (each feature removes or anonymises its rows about the person, and takes the person's
 * name, addresses and numbers out of its free text, such as feedback or audit entries, wherever
 * they appear). What must be kept (that a certificate was issued, marks and attendance that cohort
 * figures count, the audit trail) stays, tied to an account that no longer names anyone.
 */
public final class PersonErasure {

  /** Which round this is. */
  public enum Phase {
    PREVIEW,
    ERASE
  }

  private final long personId;
  private final String email;
  private final Phase phase;
  private final List<String> identifiers;
  private final String placeholder;
  private final List<String> removed = new ArrayList<>();
  private final List<String> kept = new ArrayList<>();

  /**
   * @param email the person's email address now
   * @param identifiers what names the person in free text: full name, email addresses, registration
   *     and staff numbers (blank ones and very short ones are ignored)
   */
  public PersonErasure(long personId, String email, Phase phase, List<String> identifiers) {
    this.personId = personId;
    this.email = email;
    this.phase = phase;
    this.identifiers =
        identifiers.stream()
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(s -> s.length() >= 3)
            .distinct()
            .toList();
    this.placeholder = placeholder(personId);
  }

  /** What an erased person is called from now on: "erased person 123". */
  public static String placeholder(long personId) {
    return "erased person " + personId;
  }

  public long personId() {
    return personId;
  }

  /** The person's email address before erasure (mail sent to it is theirs). */
  public String email() {
    return email;
  }

  public boolean isPreview() {
    return phase == Phase.PREVIEW;
  }

  public boolean isErase() {
    return phase == Phase.ERASE;
  }

  /** The words that name the person in free text. */
  public List<String> identifiers() {
    return identifiers;
  }

  /** What replaces the person's name and details in text that is kept. */
  public String placeholder() {
    return placeholder;
  }

  /** Something removed, in words, with how many ("12 CPD records and their evidence files"). */
  public void removed(int count, String one, String many) {
    if (count > 0) {
      removed.add(count + " " + (count == 1 ? one : many));
    }
  }

  /** Something kept without a name, and why ("4 course completions, for cohort figures"). */
  public void kept(int count, String one, String many, String why) {
    if (count > 0) {
      kept.add(count + " " + (count == 1 ? one : many) + ", " + why);
    }
  }

  public List<String> removed() {
    return Collections.unmodifiableList(removed);
  }

  public List<String> kept() {
    return Collections.unmodifiableList(kept);
  }

  /**
   * Replaces the person's identifiers with {@link #placeholder} in the given text columns of {@code
   * table}, in every row (feedback on someone else's work may name them too).
   *
   * @return how many rows changed
   */
  public int scrub(EntityManager em, String table, String... columns) {
    if (identifiers.isEmpty()) {
      return 0;
    }
    // whole words only: erasing "Sam Lee 12" leaves "Sam Lee 123" alone
    String pattern =
        "(?<![[:alnum:]_])(?:"
            + String.join("|", identifiers.stream().map(PersonErasure::regexLiteral).toList())
            + ")(?![[:alnum:]_])";
    List<String> sets = new ArrayList<>();
    List<String> wheres = new ArrayList<>();
    for (String c : columns) {
      sets.add(c + " = regexp_replace(" + c + ", ?1, ?2, 'gi')");
      wheres.add(c + " ~* ?1");
    }
    return em.createNativeQuery(
            "update "
                + table
                + " set "
                + String.join(", ", sets)
                + " where "
                + String.join(" or ", wheres))
        .setParameter(1, pattern)
        .setParameter(2, placeholder)
        .executeUpdate();
  }

  /** {@code s} as a PostgreSQL regular expression matching it literally. */
  static String regexLiteral(String s) {
    return s.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1");
  }

  /** Whether {@code text} still holds any identifier of the person (for checks). */
  public boolean names(String text) {
    if (text == null) {
      return false;
    }
    for (String i : identifiers) {
      if (Pattern.compile(
              "(?<![\\p{Alnum}_])" + Pattern.quote(i) + "(?![\\p{Alnum}_])",
              Pattern.CASE_INSENSITIVE)
          .matcher(text)
          .find()) {
        return true;
      }
    }
    return false;
  }
}
