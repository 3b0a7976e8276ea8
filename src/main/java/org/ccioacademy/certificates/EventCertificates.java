package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.events.Event;
import org.ccioacademy.events.EventOrganising;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.pathway.Pathways;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.web.UkTime;

/**
 * Certificates of attendance: once an event is over (the day after its last day, so organisers can
 * finish their registers), everyone whose latest mark for at least one of its sessions is present
 * or late gets one, listing the sessions attended and their CPD hours, split participatory and not.
 * One per person and event.
 */
@ApplicationScoped
public class EventCertificates {

  private static final Logger LOG = Logger.getLogger(EventCertificates.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject Certificates certificates;
  @Inject EventOrganising events;
  @Inject UserAccountRepository accounts;
  @Inject EventCertificates self;
  @Inject Pathways pathways;

  /** Events ended before ?1 and the people present or late there without their certificate. */
  private static final String DUE =
      "select distinct a.event_id, a.user_id from attended_session a"
          + " where a.event_status = 'PUBLISHED' and a.event_ends_on < ?1"
          + " and not exists (select 1 from certificate c where c.user_id = a.user_id"
          + "   and c.kind = 'EVENT' and c.achievement = 'event:' || a.event_id)";

  /** How many certificates of attendance are due and not yet issued. */
  public long countDue() {
    return ((Number)
            em.createNativeQuery("select count(*) from (" + DUE + ") d")
                .setParameter(1, LocalDate.now(UkTime.UK))
                .getSingleResult())
        .longValue();
  }

  /**
   * The people and events due a certificate of attendance and not yet given one, read in a
   * transaction of its own (see {@link CourseCertificates#missing}). Public only so that its
   * transaction applies.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<long[]> due(LocalDate today, int limit) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(DUE + " order by a.event_id, a.user_id limit ?2")
                .setParameter(1, today)
                .setParameter(2, limit));
    List<long[]> due = new ArrayList<>();
    for (Row r : rows) {
      due.add(new long[] {r.longAt(0), r.longAt(1)});
    }
    return due;
  }

  /** Issues every certificate of attendance that is due. */
  public int sweep() {
    int issued = 0;
    List<long[]> due;
    do {
      due = self.due(LocalDate.now(UkTime.UK), 200);
      for (long[] d : due) {
        try {
          self.issueFor(d[0], d[1]);
          issued++;
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not issue the certificate for event " + d[0], e);
          return issued;
        }
      }
    } while (due.size() == 200);
    return issued;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Certificate issueFor(long eventId, long userId) {
    Event event = events.find(eventId).orElseThrow();
    UserAccount holder = accounts.find(userId).orElseThrow();
    List<Row> sessions =
        Row.list(
            em.createNativeQuery(
                    "select a.session_title, a.cpd_hours, a.participatory from attended_session a"
                        + " where a.event_id = ?1 and a.user_id = ?2"
                        + " order by a.starts_at, a.session_id")
                .setParameter(1, eventId)
                .setParameter(2, userId));
    if (sessions.isEmpty()) {
      return null;
    }
    BigDecimal participatory = BigDecimal.ZERO;
    BigDecimal other = BigDecimal.ZERO;
    List<String> attended = new ArrayList<>();
    for (Row s : sessions) {
      BigDecimal hours = s.decimalAt(1);
      if (s.booleanAt(2)) {
        participatory = participatory.add(hours);
      } else {
        other = other.add(hours);
      }
      attended.add(
          "Attended: "
              + s.stringAt(0)
              + " ("
              + hours.stripTrailingZeros().toPlainString()
              + " CPD "
              + (hours.compareTo(BigDecimal.ONE) == 0 ? "hour" : "hours")
              + (s.booleanAt(2) ? ", participatory" : "")
              + ")");
    }
    int n = sessions.size();
    Certificate issued =
        certificates.issue(
            userId,
            new CertificateDraft(
                Certificate.Kind.EVENT,
                "event:" + eventId,
                event.getTitle(),
                attended,
                holder.getFullName(),
                CourseCertificates.registration(holder.getProfile()),
                event.getStartsOn(),
                event.getEndsOn(),
                n + (n == 1 ? " session attended" : " sessions attended"),
                participatory,
                other,
                event.deliveryMode(),
                null));
    pathways.announceReached(userId);
    return issued;
  }
}
