package org.ccioacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.notify.Notice;
import org.ccioacademy.platform.notify.Notifications;
import org.ccioacademy.platform.web.PublicUrl;
import org.ccioacademy.platform.web.UkTime;

/**
 * Tells trainees about their assignments, in the app and by email: a new assignment on a course
 * they are taking, and a mark released to them.
 */
@ApplicationScoped
public class AssessmentNotices {

  private static final DateTimeFormatter DUE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

  @PersistenceContext private EntityManager em;
  @Inject Notifications notifications;
  @Inject PublicUrl publicUrl;

  /** A new assignment: everyone taking the course (enrolled, not completed, not left). */
  @Transactional(Transactional.TxType.MANDATORY)
  public int assignmentSet(Assignment a) {
    String link = "/learn/assignment.xhtml?id=" + a.getId();
    String when =
        a.hasDeadline()
            ? "Hand it in by " + DUE.format(a.getDueAt().atZoneSameInstant(UkTime.UK)) + "."
            : "It has no deadline: hand it in when you are ready. The course is complete once it"
                + " is marked as a pass.";
    String headline =
        "New assignment on " + a.getCourse().getCurrentVersion().getTitle() + ": " + a.getTitle();
    List<Row> people =
        Row.list(
            em.createNativeQuery(
                    "select p.id, p.email, p.full_name from open_enrolment o"
                        + " join person p on p.id = o.user_id"
                        + " where o.course_id = ?1 and p.enabled order by p.id")
                .setParameter(1, a.getCourse().getId()));
    for (Row p : people) {
      notifications.tell(
          p.longAt(0),
          p.stringAt(1),
          Notice.emailed(
              "assignment.set",
              headline,
              link,
              "Dear "
                  + p.stringAt(2)
                  + ",\n\nA new assignment, "
                  + a.getTitle()
                  + ", has been set on "
                  + a.getCourse().getCurrentVersion().getTitle()
                  + ". "
                  + when
                  + "\n\nRead what is asked, and how it will be marked:\n"
                  + publicUrl.link(link)
                  + "\n\nCCIO Academy\n"));
    }
    return people.size();
  }

  /** Marks released: each trainee is told theirs is ready. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void released(List<Long> submissionIds) {
    if (submissionIds.isEmpty()) {
      return;
    }
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select p.id, p.email, p.full_name, a.id, a.title from submission s"
                        + " join assignment a on a.id = s.assignment_id"
                        + " join person p on p.id = s.user_id"
                        + " where s.id = any(cast(?1 as bigint[])) order by s.id")
                .setParameter(
                    1,
                    "{"
                        + String.join(",", submissionIds.stream().map(String::valueOf).toList())
                        + "}"));
    for (Row r : rows) {
      String link = "/learn/assignment.xhtml?id=" + r.longAt(3);
      notifications.tell(
          r.longAt(0),
          r.stringAt(1),
          Notice.emailed(
              "mark.released",
              "Your mark for " + r.stringAt(4) + " is ready",
              link,
              "Dear "
                  + r.stringAt(2)
                  + ",\n\nYour work for "
                  + r.stringAt(4)
                  + " has been marked. See your mark and the feedback here:\n"
                  + publicUrl.link(link)
                  + "\n\nCCIO Academy\n"));
    }
  }

  /** A new deadline: those taking the course who have not handed it in (nor have their own). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void redated(Assignment a) {
    String due = DUE.format(a.getDueAt().atZoneSameInstant(UkTime.UK));
    tellThoseStillToHandIn(
        a,
        "assignment.redated",
        "New deadline for " + a.getTitle() + ": " + due,
        true,
        name ->
            "Dear "
                + name
                + ",\n\nThe deadline of "
                + a.getTitle()
                + " ("
                + course(a)
                + ") is now "
                + due
                + ".\n\n"
                + publicUrl.link(link(a))
                + "\n\nCCIO Academy\n");
  }

  /** Withdrawn: those taking the course who have not handed it in need do nothing more. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void withdrawn(Assignment a) {
    tellThoseStillToHandIn(
        a,
        "assignment.withdrawn",
        a.getTitle() + " has been withdrawn",
        false,
        name ->
            "Dear "
                + name
                + ",\n\nThe assignment "
                + a.getTitle()
                + " ("
                + course(a)
                + ") has been withdrawn, so there is nothing to hand in. The tutor says:\n\n"
                + a.getWithdrawnReason()
                + "\n\nCCIO Academy\n");
  }

  /** One trainee's extension. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void extended(Assignment a, long userId, OffsetDateTime dueAt) {
    String due = DUE.format(dueAt.atZoneSameInstant(UkTime.UK));
    List<Row> p =
        Row.list(
            em.createNativeQuery("select id, email, full_name from person where id = ?1")
                .setParameter(1, userId));
    for (Row r : p) {
      notifications.tell(
          r.longAt(0),
          r.stringAt(1),
          Notice.emailed(
              "assignment.extended",
              "More time for " + a.getTitle() + ": hand it in by " + due,
              link(a),
              "Dear "
                  + r.stringAt(2)
                  + ",\n\nYou have until "
                  + due
                  + " to hand in "
                  + a.getTitle()
                  + " ("
                  + course(a)
                  + ").\n\n"
                  + publicUrl.link(link(a))
                  + "\n\nCCIO Academy\n"));
    }
  }

  /**
   * Tells those taking the course who have not handed the assignment in; with {@code skipExtended},
   * not those with their own deadline either.
   */
  private void tellThoseStillToHandIn(
      Assignment a,
      String kind,
      String headline,
      boolean skipExtended,
      Function<String, String> body) {
    List<Row> people =
        Row.list(
            em.createNativeQuery(
                    "select p.id, p.email, p.full_name from open_enrolment o"
                        + " join person p on p.id = o.user_id"
                        + " where o.course_id = ?1 and p.enabled and not exists"
                        + " (select 1 from submission s where s.assignment_id = ?2"
                        + "   and s.user_id = p.id and s.status = 'SUBMITTED')"
                        + " and not (?3 and exists (select 1 from assignment_extension x"
                        + "   where x.assignment_id = ?2 and x.user_id = p.id)) order by p.id")
                .setParameter(1, a.getCourse().getId())
                .setParameter(2, a.getId())
                .setParameter(3, skipExtended));
    for (Row p : people) {
      notifications.tell(
          p.longAt(0),
          p.stringAt(1),
          Notice.emailed(kind, headline, link(a), body.apply(p.stringAt(2))));
    }
  }

  private static String link(Assignment a) {
    return "/learn/assignment.xhtml?id=" + a.getId();
  }

  private static String course(Assignment a) {
    return a.getCourse().getCurrentVersion().getTitle();
  }
}
