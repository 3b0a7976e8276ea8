package org.ccioacademy.platform.audit;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which audit entries to show: on or after {@code from} and on or before {@code to} (UK dates),
 * with {@code action} (a code, or a prefix ending in a dot for a whole area such as "user."), and
 * by or about one of {@code people} (account ids) or mentioning {@code text} in who or what they
 * concern. Any of them may be null (no limit); {@code people} may be empty.
 */
public record AuditFilter(
    LocalDate from, LocalDate to, String action, Set<Long> people, String text) {

  public static final AuditFilter NONE = new AuditFilter(null, null, null, Set.of(), null);

  public AuditFilter {
    people = people == null ? Set.of() : Set.copyOf(people);
    action = action == null || action.isBlank() ? null : action.strip();
    text = text == null || text.isBlank() ? null : text.strip();
  }
}
