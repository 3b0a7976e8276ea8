package org.ccioacademy.events;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.web.UkTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode only: a summer school to come (full, with a waitlist and workshops to book), a regional
 * day running today (its check-in screen works now) and a webinar last month with its register
 * kept, so trainees have CPD credits from events. Created through the same services organisers and
 * trainees use; runs once: nothing happens if the demo tutor already organises an event.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoEvents {

  private static final Logger LOG = Logger.getLogger(DemoEvents.class.getName());
  private static final ZoneId UK = UkTime.UK;

  @Inject
  @ConfigProperty(name = "ccio.demo", defaultValue = "false")
  boolean demo;

  @Inject EventOrganising organising;
  @Inject EventRegistrations registrations;
  @Inject OrganiserRegistrations organiserRegistrations;
  @Inject SessionPlaces places;
  @Inject Attendance attendance;
  @PersistenceContext EntityManager em;
  @Inject UserAccountRepository accounts;

  @PostConstruct
  void create() {
    if (!demo) {
      return;
    }
    try {
      seed();
    } catch (RuntimeException e) {
      // demo data is a convenience: its failure must never stop the application
      LOG.log(Level.WARNING, "The demo events could not be created", e);
    }
  }

  private void seed() {
    Long tutorId = userId("tutor@demo.ccio.academy");
    Long priyaId = userId("trainee@demo.ccio.academy");
    if (tutorId == null || priyaId == null || !organising.organisedBy(tutorId, false).isEmpty()) {
      return;
    }
    Caller tutor = new Caller(tutorId, "tutor@demo.ccio.academy", Set.of(Role.TUTOR));
    Actor priya = Actor.user(priyaId, "trainee@demo.ccio.academy");
    List<Row> samples =
        Row.list(
            em.createNativeQuery(
                "select u.id, u.email from person u join person_role r on r.user_id = u.id"
                    + " where r.role = 'TRAINEE' and u.email like '%@example.nhs.uk'"
                    + " order by u.id"));
    LocalDate today = LocalDate.now(UK);
    LocalDateTime now = LocalDateTime.now(UK);

    // the summer school, the next July still a fortnight away: 30 places, taken, with a waitlist;
    // workshops to book
    LocalDate start = summerSchoolStart(today);
    Event school =
        organising.create(
            tutor.actor(),
            new EventInput(
                "CCIO Summer School " + start.getYear(),
                EventKind.SUMMER_SCHOOL,
                "Three residential days for clinicians who want to lead on digital: keynotes from"
                    + " serving CCIOs, workshops on clinical safety and interoperability, a site"
                    + " visit to a digital exemplar trust and a hack day on real problems.",
                "Conference centre, University of Warwick",
                null,
                start,
                start.plusDays(2),
                now.minusDays(7),
                start.minusDays(7).atTime(17, 0),
                30,
                false));
    session(
        tutor,
        school,
        "Opening keynote: what a CCIO does",
        SessionKind.KEYNOTE,
        start,
        "09:30",
        "10:30",
        "1",
        false,
        null,
        "Main hall");
    long safety =
        session(
            tutor,
            school,
            "Workshop: writing a hazard log",
            SessionKind.WORKSHOP,
            start,
            "11:00",
            "12:30",
            "1.5",
            true,
            12,
            "Seminar room 1");
    session(
        tutor,
        school,
        "Workshop: FHIR for clinicians",
        SessionKind.WORKSHOP,
        start,
        "11:00",
        "12:30",
        "1.5",
        true,
        12,
        "Seminar room 2");
    session(
        tutor,
        school,
        "Site visit: a digital exemplar trust",
        SessionKind.SITE_VISIT,
        start.plusDays(1),
        "09:00",
        "13:00",
        "3.5",
        true,
        8,
        null);
    session(
        tutor,
        school,
        "Hack day",
        SessionKind.HACK_DAY,
        start.plusDays(2),
        "09:00",
        "16:00",
        "6",
        true,
        null,
        "Main hall");
    registrations.register(priya, school.getId());
    places.book(priya, safety);
    for (int i = 0; i < Math.min(33, samples.size()); i++) {
      registrations.register(sample(samples.get(i)), school.getId());
    }

    // a regional day running today, with a session on now (the check-in screen works)
    Event regional =
        organising.create(
            tutor.actor(),
            new EventInput(
                "North West regional CCIO network day",
                EventKind.REGIONAL,
                "Talks and a workshop for the region's clinical informatics community.",
                "Manchester Central",
                null,
                today,
                today,
                now.minusDays(14),
                today.atTime(23, 0),
                60,
                false));
    // on the half hour, begun up to an hour ago
    LocalDateTime from =
        now.withMinute(now.getMinute() < 30 ? 0 : 30).withSecond(0).withNano(0).minusMinutes(30);
    if (!from.toLocalDate().equals(today)) {
      from = today.atStartOfDay();
    }
    organising.addSession(
        tutor,
        regional.getId(),
        new SessionInput(
            "Data for improvement: a practical session",
            SessionKind.WORKSHOP,
            from,
            from.plusHours(3),
            new BigDecimal("3"),
            true,
            "Hall B",
            "Dr Tom Hughes",
            null,
            true));
    organiserRegistrations.addFor(tutor, regional.getId(), "trainee@demo.ccio.academy");
    for (int i = 33; i < Math.min(45, samples.size()); i++) {
      organiserRegistrations.addFor(tutor, regional.getId(), samples.get(i).stringAt(1));
    }

    // a webinar last month, its register kept: CPD credits on the trainees' attendance pages
    LocalDate past = today.minusDays(30);
    Event webinar =
        organising.create(
            tutor.actor(),
            new EventInput(
                "Webinar: the DCB0129 and DCB0160 standards in practice",
                EventKind.WEBINAR,
                "An online hour with a clinical safety officer, and questions.",
                null,
                "https://example.org/ccio-webinar",
                past,
                past,
                now.minusDays(60),
                past.minusDays(1).atTime(17, 0),
                100,
                false));
    long talk =
        session(
            tutor,
            webinar,
            "Clinical safety standards in practice",
            SessionKind.TALK,
            past,
            "12:30",
            "14:00",
            "1.5",
            false,
            null,
            null);
    organiserRegistrations.addFor(tutor, webinar.getId(), "trainee@demo.ccio.academy");
    attendance.mark(tutor, talk, priyaId, AttendanceStatus.PRESENT);
    for (int i = 0; i < Math.min(20, samples.size()); i++) {
      Row row = samples.get(i);
      organiserRegistrations.addFor(tutor, webinar.getId(), row.stringAt(1));
      attendance.mark(
          tutor,
          talk,
          row.longAt(0),
          i % 5 == 4 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT);
    }
    LOG.info("Demo events created: a summer school, a regional day today and a past webinar");
  }

  /**
   * The Tuesday of the first full week of July that is at least a fortnight away: this year's, or
   * next year's once this year's is near or past.
   */
  static LocalDate summerSchoolStart(LocalDate today) {
    for (int year = today.getYear(); ; year++) {
      LocalDate start =
          LocalDate.of(year, 7, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusDays(1);
      if (!start.isBefore(today.plusWeeks(2))) {
        return start;
      }
    }
  }

  private long session(
      Caller tutor,
      Event event,
      String title,
      SessionKind kind,
      LocalDate day,
      String from,
      String to,
      String hours,
      boolean participatory,
      Integer capacity,
      String room) {
    return organising
        .addSession(
            tutor,
            event.getId(),
            new SessionInput(
                title,
                kind,
                day.atTime(LocalTime.parse(from)),
                day.atTime(LocalTime.parse(to)),
                new BigDecimal(hours),
                participatory,
                room,
                null,
                capacity,
                false))
        .getId();
  }

  private static Actor sample(Row row) {
    return Actor.user(row.longAt(0), row.stringAt(1));
  }

  private Long userId(String email) {
    return accounts.findByEmail(email).map(UserAccount::getId).orElse(null);
  }
}
