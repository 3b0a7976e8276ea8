package org.ccioacademy.pathway;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What a trainee has done that a pathway stage can ask for.
 *
 * @param courses ids of courses completed
 * @param competencies competency domains ({@code framework:domain}) evidenced by completed courses
 * @param events events attended (present or late at a session), by kind ({@code summer-school},
 *     {@code regional}, {@code webinar})
 * @param cpdHours CPD hours: completed courses' hours plus event credits (RCP rules)
 * @param participatoryHours the participatory part of {@code cpdHours}
 * @param registered whether the trainee has a professional registration on their profile
 * @param enrolled ids of courses the trainee is part-way through
 */
public record Evidence(
    Set<String> courses,
    Set<String> competencies,
    Map<String, Integer> events,
    BigDecimal cpdHours,
    BigDecimal participatoryHours,
    boolean registered,
    Set<String> enrolled) {

  /** Events attended of a kind, or of any kind for {@code any}. */
  public int eventsOf(String kind) {
    return "any".equals(kind)
        ? events.values().stream().mapToInt(Integer::intValue).sum()
        : events.getOrDefault(kind, 0);
  }

  /** Whether anything at all has been done (a stage with nothing done is "not started"). */
  public boolean isEmpty() {
    return courses.isEmpty()
        && events.isEmpty()
        && cpdHours.signum() == 0
        && participatoryHours.signum() == 0;
  }
}
