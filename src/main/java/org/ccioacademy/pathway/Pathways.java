package org.ccioacademy.pathway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccioacademy.catalogue.CourseStore;
import org.ccioacademy.catalogue.format.Problems;
import org.ccioacademy.events.Attendance;
import org.ccioacademy.events.CpdCredits;
import org.ccioacademy.identity.ProfessionalProfile;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.web.UkTime;

/**
 * The pathway in force (the one last loaded, read once per change) and a trainee's evidence and
 * progress along it.
 */
@ApplicationScoped
public class Pathways {

  @PersistenceContext private EntityManager em;
  @Inject UserAccountRepository accounts;
  @Inject CourseStore store;
  @Inject Attendance attendance;
  @Inject PathwayStore pathwayStore;
  @Inject Event<StageReached> reached;

  private volatile Loaded loaded;

  private record Loaded(String fingerprint, PathwayDefinition pathway) {}

  /** The pathway in force, if one has been loaded. */
  public Optional<PathwayDefinition> current() {
    Optional<PathwayStore.Text> text = pathwayStore.inForce();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String fingerprint = text.get().fingerprint();
    Loaded l = loaded;
    if (l == null || !l.fingerprint().equals(fingerprint)) {
      PathwayDefinition p =
          PathwayReader.read(
              text.get().yaml(), store.courseCodes(), store.domainKeys(), new Problems());
      l = new Loaded(fingerprint, p);
      loaded = l;
    }
    return Optional.ofNullable(l.pathway());
  }

  /** Course ids to their current titles, and competency domains to theirs (with the framework). */
  public Map<String, String> courseTitles() {
    List<Row> rows = Row.list(em.createNativeQuery("select c.code, c.title from current_course c"));
    Map<String, String> titles = new HashMap<>();
    rows.forEach(r -> titles.put(r.stringAt(0), r.stringAt(1)));
    List<Row> domains =
        Row.list(em.createNativeQuery("select d.domain_key, d.label from competency d"));
    domains.forEach(r -> titles.put(r.stringAt(0), r.stringAt(1)));
    return titles;
  }

  /** What the trainee has done that counts toward the pathway. */
  public Evidence evidence(long userId) {
    List<Row> courses =
        Row.list(
            em.createNativeQuery(
                    "select distinct on (v.code) v.code, v.cpd_hours from completed_enrolment e"
                        + " join course_version_fact v on v.course_version_id = e.course_version_id"
                        + " where e.user_id = ?1"
                        + " order by v.code, e.completed_at desc")
                .setParameter(1, userId));
    Set<String> done = new HashSet<>();
    BigDecimal courseHours = BigDecimal.ZERO;
    for (Row c : courses) {
      done.add(c.stringAt(0));
      courseHours = courseHours.add(c.decimalAt(1));
    }
    @SuppressWarnings("unchecked")
    List<String> competencies =
        em.createNativeQuery(
                "select distinct k.domain_key from completed_enrolment e"
                    + " join version_competency k on k.course_version_id"
                    + " = e.course_version_id where e.user_id = ?1")
            .setParameter(1, userId)
            .getResultList();
    List<Row> events =
        Row.list(
            em.createNativeQuery(
                    "select a.event_kind, count(distinct a.event_id) from attended_session a"
                        + " where a.user_id = ?1 group by a.event_kind")
                .setParameter(1, userId));
    Map<String, Integer> byKind = new HashMap<>();
    for (Row r : events) {
      byKind.put(r.stringAt(0).toLowerCase(Locale.ROOT).replace('_', '-'), r.intAt(1));
    }
    List<Attendance.Attended> attended = attendance.history(userId);
    List<CpdCredits.Attended> counted =
        attended.stream()
            .filter(a -> a.status().countsForCpd())
            .map(
                a ->
                    new CpdCredits.Attended(
                        a.startsAt().atZoneSameInstant(UkTime.UK).toLocalDate(), a.cpdHours()))
            .toList();
    List<CpdCredits.Attended> participatory =
        attended.stream()
            .filter(a -> a.status().countsForCpd() && a.participatory())
            .map(
                a ->
                    new CpdCredits.Attended(
                        a.startsAt().atZoneSameInstant(UkTime.UK).toLocalDate(), a.cpdHours()))
            .toList();
    @SuppressWarnings("unchecked")
    List<String> enrolled =
        em.createNativeQuery(
                "select c.code from open_enrolment e join current_course c on c.course_id = e.course_id"
                    + " where e.user_id = ?1")
            .setParameter(1, userId)
            .getResultList();
    UserAccount account = accounts.find(userId).orElse(null);
    return new Evidence(
        done,
        new HashSet<>(competencies),
        byKind,
        courseHours.add(BigDecimal.valueOf(CpdCredits.total(counted))),
        BigDecimal.valueOf(CpdCredits.total(participatory)),
        registered(account == null ? null : account.getProfile()),
        new HashSet<>(enrolled));
  }

  static boolean registered(ProfessionalProfile p) {
    return p != null && p.describeRegistration() != null;
  }

  /**
   * Announces ({@link StageReached}) each stage the trainee has met, from the first, that no
   * certificate records yet; whoever listens (the certificates feature) acts in this transaction.
   *
   * @return the stages announced now, in order
   */
  @Transactional
  public List<StageReached> announceReached(long userId) {
    PathwayDefinition pathway = current().orElse(null);
    if (pathway == null) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    Set<String> recorded =
        new HashSet<>(
            em.createNativeQuery(
                    "select achievement from awarded_certificate where user_id = ?1"
                        + " and kind = 'STAGE'")
                .setParameter(1, userId)
                .getResultList());
    Evidence e = evidence(userId);
    List<StageReached> announced = new ArrayList<>();
    for (StageProgress p : PathwayEvaluation.evaluate(pathway, e, courseTitles())) {
      if (!p.isMet()) {
        break;
      }
      StageReached r =
          new StageReached(
              userId,
              pathway.id(),
              pathway.title(),
              p.stage().id(),
              p.stage().title(),
              p.requirements().stream().map(StageProgress.Requirement::text).toList(),
              e.participatoryHours(),
              e.cpdHours().subtract(e.participatoryHours()).max(BigDecimal.ZERO));
      if (recorded.add(r.achievement())) {
        reached.fire(r);
        announced.add(r);
      }
    }
    return announced;
  }

  /** The trainee's progress on every stage; empty when no pathway is loaded. */
  public List<StageProgress> progress(long userId) {
    return current()
        .map(p -> PathwayEvaluation.evaluate(p, evidence(userId), courseTitles()))
        .orElse(List.of());
  }
}
