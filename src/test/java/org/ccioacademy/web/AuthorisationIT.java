package org.ccioacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Every page and endpoint, for every role: allowed or denied. Each new feature adds its rows to
 * {@link #TABLE}. A page is "allowed" when it answers 200; "sign in" means a signed-out visitor is
 * sent to the sign-in page; "denied" is 403 for pages and 401/403 for the API.
 */
@RunAsClient
class AuthorisationIT extends WarTest {

  enum Access {
    OK,
    SIGN_IN,
    DENIED,
    REDIRECT,
    UNAUTHORISED
  }

  private static final Access O = Access.OK;
  private static final Access S = Access.SIGN_IN;
  private static final Access D = Access.DENIED;
  private static final Access R = Access.REDIRECT;
  private static final Access U = Access.UNAUTHORISED;

  private static final String[] ROLES = {"ANONYMOUS", "TRAINEE", "TUTOR", "REVIEWER", "ADMIN"};

  /** path → expected access for anonymous, trainee, tutor, reviewer, admin. */
  private static final Map<String, Access[]> TABLE = new LinkedHashMap<>();

  static {
    row("index.xhtml", O, O, O, O, O);
    row("sign-in.xhtml", O, R, R, R, R); // signed in: sent home
    row("register.xhtml", O, O, O, O, O);
    row("forgotten-password.xhtml", O, O, O, O, O);
    row("forgotten-password.xhtml?sent=true", O, O, O, O, O);
    row("reset-password.xhtml?token=not-one-we-sent", O, O, O, O, O); // says the link does not work
    row("confirm-email.xhtml?token=not-one-we-sent", O, O, O, O, O); // says the link does not work
    row("sign-in-code.xhtml", R, R, R, R, R); // only between the password and the code
    row("account/second-factor.xhtml", S, O, O, O, O);
    // single sign-on (no provider in this deployment: SingleSignOnIT has them)
    row("account/sign-in-methods.xhtml", S, O, O, O, O);
    row("admin/single-sign-on.xhtml", S, D, D, D, O);
    row("admin/lrs-clients.xhtml", S, D, D, D, O);
    row("admin/lrs-clients.xhtml?page=-2", S, D, D, D, O);
    row("admin/staff-feed.xhtml", S, D, D, D, O);
    row("admin/invite.xhtml", S, D, D, D, O);
    row("admin/staff-feed.xhtml?run=999999&page=-3", S, D, D, D, O); // no such run: the form only
    row("signed-out.xhtml", R, R, R, R, R); // only straight after signing out: else sign-in page
    row("sso/start?provider=nhsmail", D, D, D, D, D); // no such provider
    row("sso/callback?code=x&state=never-sent", S, S, S, S, S); // refused: sign-in page, reason
    row("sso/anything-else", D, D, D, D, D);
    row("home.xhtml", S, R, R, R, R); // sends each role to its own home
    row("trainee/home.xhtml", S, O, D, D, D);
    row("trainee/profile.xhtml", S, O, D, D, D);
    row("account/notifications.xhtml", S, O, O, O, O);
    row("account/notifications.xhtml?page=-4&open=999999999", S, R, R, R, R); // none: the list
    row("tutor/home.xhtml", S, D, O, D, D);
    row("reviewer/home.xhtml", S, D, D, O, O);
    row("reviewer/dashboard.xhtml", S, D, D, O, O);
    row("reviewer/dashboard.xhtml?by=ORGANISATION&cohort=%COHORT%", S, D, D, O, O);
    row("reviewer/cohorts.xhtml", S, D, D, O, O);
    row("reviewer/api-tokens.xhtml", S, D, D, O, O);
    row("reviewer/course.xhtml?course=clinical-safety", S, D, D, O, O);
    row("reviewer/quality.xhtml?check=REGISTRATION", S, D, D, O, O);
    row("reviewer/trainees.xhtml?show=INACTIVE&by=REGION&value=LONDON", S, D, D, O, O);
    row("reviewer/trainees.xhtml?show=STAGE&stage=-", S, D, D, O, O);
    row(
        "reviewer/trainees.xhtml?show=QUIZ_PASSED&course=clinical-safety&module=why-clinical-safety",
        S,
        D,
        D,
        O,
        O);
    row("reviewer/trainee.xhtml?id=%OWN%", S, D, D, D, D); // not a trainee: not found
    row("admin/pathway-form.xhtml", S, D, D, D, O);
    row("admin/home.xhtml", S, D, D, D, O);
    row("admin/users.xhtml", S, D, D, D, O);
    row("admin/user.xhtml?id=%OWN%", S, D, D, D, O);
    row("admin/new-user.xhtml", S, D, D, D, O);
    row("admin/audit.xhtml", S, D, D, D, O);
    row("admin/audit.xhtml?from=2026-01-01&to=not-a-date&action=read.&person=x", S, D, D, D, O);
    row("admin/retention.xhtml", S, D, D, D, O);
    row("api/audit/log.csv", U, D, D, D, O);
    // public pages, short addresses and the Faces ones
    row("privacy", O, O, O, O, O);
    row("accessibility", O, O, O, O, O);
    row("terms", O, O, O, O, O);
    row("help", O, O, O, O, O);
    row("contact", O, O, O, O, O);
    row("privacy.xhtml", O, O, O, O, O);
    row("contact.xhtml?sent=true", O, O, O, O, O);
    row("account/my-data.xhtml", S, O, O, O, O);
    row("account/index.xhtml", S, O, O, O, O);
    row("account/password.xhtml", S, O, O, O, O);
    row("WEB-INF/templates/layout.xhtml", D, D, D, D, D);
    row("WEB-INF/web.xml", D, D, D, D, D);
    row("api/me", U, O, O, O, O);
    row("api/review/figures", U, D, D, O, O);
    row("api/review/trainees.csv?show=INACTIVE", U, D, D, O, O);
    row("api/review/quality.xlsx", U, D, D, O, O);
    row("api/review/courses.csv", U, D, D, O, O);
    row("api/review/breakdown.xlsx?by=GRADE", U, D, D, O, O);
    row("api/review/modules.xlsx?course=clinical-safety", U, D, D, O, O);
    row("api/review/stages.csv", U, D, D, O, O);
    row("api/review/events.xlsx", U, D, D, O, O);
    row("api/review/quality-figures.csv?cohort=%COHORT%", U, D, D, O, O);
    row("api/review/figures?cohort=%COHORT%&by=GRADE", U, D, D, O, O);
    row("api/reference/professions", O, O, O, O, O);
    row("api/reference/regions", O, O, O, O, O);
    // courses (issue 3): the catalogue is public; modules need an enrolment, a course's tutor or
    // an admin (a trainee not enrolled is sent to the course page to enrol)
    row("catalogue.xhtml", O, O, O, O, O);
    row("search.xhtml?q=safety", O, O, O, O, O);
    row("catalogue.xhtml?group=any&q=safety", O, O, O, O, O);
    row("course.xhtml?id=clinical-safety", O, O, O, O, O);
    row("trainee/learning.xhtml", S, O, D, D, D);
    row("learn/module.xhtml?course=clinical-safety&module=why-clinical-safety", S, R, D, D, O);
    row("learn/quiz.xhtml?course=clinical-safety&module=why-clinical-safety", S, R, D, D, D);
    row("learn/attempt.xhtml?id=1", S, D, D, D, D); // only ever the trainee's own
    row("admin/courses.xhtml", S, D, D, D, O);
    row("api/courses", O, O, O, O, O);
    row("api/courses/clinical-safety/export", U, D, D, D, O); // and the course's own tutors
    // course editing: tutors see the courses they teach; a tutor of another course is refused
    row("author/courses.xhtml", S, D, O, D, O);
    row("author/course.xhtml?id=clinical-safety", S, D, D, D, O);
    row("author/module.xhtml?course=clinical-safety&module=why-clinical-safety", S, D, D, D, O);
    row("author/stats.xhtml?id=clinical-safety", S, D, D, D, O);
    // events (issue 5, first part): listing and event pages are public; organising needs a tutor
    row("events.xhtml", O, O, O, O, O);
    row("event.xhtml?id=999999", D, D, D, D, D); // no such event
    row("organise/events.xhtml", S, D, O, D, O);
    row("organise/register.xhtml?session=999999", S, D, D, D, D); // no such session
    row("trainee/attendance.xhtml", S, O, D, D, D);
    row("organise/checkin.xhtml?session=999999", S, D, D, D, D); // no such session
    row("organise/projector.xhtml?session=999999", S, D, D, D, D); // no such session
    row("checkin.xhtml?s=999999&t=x", S, D, D, D, D); // no such session
    row("api/events/999999/calendar.ics", D, D, D, D, D); // no such event
    // managing one event and its sessions (another tutor's: EventsIT, 403)
    row("organise/event.xhtml?id=999999", S, D, D, D, D); // no such event
    row("organise/event.xhtml?id=x", S, D, D, D, D);
    row("organise/session.xhtml?event=999999", S, D, D, D, D); // no such event
    row("organise/session.xhtml?id=999999", S, D, D, D, D); // no such session
    // certificates (issue 6): a trainee's own list; the PDF for its holder and admins only
    // (CertificatesIT: another trainee 404); verification is public
    row("trainee/certificates.xhtml", S, O, D, D, D);
    row("trainee/pathway.xhtml", S, O, D, D, D);
    row("trainee/portfolio.xhtml", S, O, D, D, D);
    row("trainee/portfolio.xhtml?from=nonsense&to=2026-13-45&page=-2", S, O, D, D, D);
    row("api/portfolio/cpd.csv", U, O, D, D, D);
    row("api/portfolio/cpd.xlsx", U, O, D, D, D);
    row("api/portfolio/cpd.pdf", U, O, D, D, D);
    // evidence files: only the record's owner (CertificatesIT: another trainee gets 404)
    row("api/portfolio/evidence/1", U, D, D, D, D);
    // assessment: assignment pages by course role (AssessmentIT: tutors of other courses, owners)
    row("author/assignments.xhtml?course=clinical-safety", S, D, D, D, O);
    row("author/assignments.xhtml?course=no-such-course", S, D, D, D, D);
    row("learn/assignment.xhtml?id=999999999", S, D, D, D, D);
    row("learn/assignment.xhtml?id=x", S, D, D, D, D);
    row("api/submissions/1/file", U, D, D, D, D);
    row("author/marking.xhtml", S, D, O, D, O);
    row("author/assignment.xhtml?id=999999999", S, D, D, D, D); // no such assignment
    row("author/rubrics.xhtml", S, D, O, D, O);
    row("author/gradebook.xhtml?course=clinical-safety", S, D, D, D, O);
    row("author/gradebook.xhtml?course=no-such-course", S, D, D, D, D);
    row("author/quiz-score.xhtml?enrolment=999999999&module=x", S, D, D, D, D);
    row("author/quiz-score.xhtml?enrolment=x", S, D, D, D, D);
    row("author/package-attempts.xhtml?enrolment=999999999&module=x", S, D, D, D, D);
    row("author/package-attempts.xhtml?enrolment=x", S, D, D, D, D);
    // a module that is no content package: nobody plays it (ScormPlayerIT has the real ones)
    row("learn/play.xhtml?course=clinical-safety&module=why-clinical-safety", S, D, D, D, D);
    row("api/gradebook/clinical-safety.csv", U, D, D, D, O);
    row("api/gradebook/clinical-safety.xlsx", U, D, D, D, O);
    row("author/marking.xhtml?stage=nonsense&page=-3", S, D, O, D, O);
    row("author/mark.xhtml?submission=999999999", S, D, D, D, D);
    row("author/mark.xhtml?submission=x", S, D, D, D, D);
    row("api/portfolio/evidence/not-a-number", U, D, D, D, D);
    row("admin/pathway.xhtml", S, D, D, D, O);
    row("api/certificates/ABCDEFGHJKMNPQRSTVWXYZ0123/pdf", U, D, D, D, D); // no such certificate
    row("verify.xhtml", O, O, O, O, O);
    row("verify.xhtml?id=nonsense", O, O, O, O, O);
    row("verify/ABCDEFGHJKMNPQRSTVWXYZ0123", R, R, R, R, R);
    row("api/certificates/ABCDEFGHJKMNPQRSTVWXYZ0123/badge.jwt", U, D, D, D, D);
    row("api/certificates/ABCDEFGHJKMNPQRSTVWXYZ0123/badge.json", U, D, D, D, D);
    row("api/badges/issuer", O, O, O, O, O);
    row("admin/certificates.xhtml", S, D, D, D, O);
    row("admin/certificates.xhtml?q=%25&page=-1", S, D, D, D, O);
    row("admin/certificates.xhtml?page=3", S, D, D, D, O); // "Previous page" with no search
    row("admin/certificate.xhtml?id=ABCDEFGHJKMNPQRSTVWXYZ0123", S, D, D, D, D);
    row("api/badges/jwks.json", O, O, O, O, O);
    // the clinician's voice (issue 24): ratings are a trainee's; the figures public; reviewers see
    // their area's; admins keep the list and moderate; module feedback for the course's tutors
    row("trainee/systems.xhtml", S, O, D, D, D);
    row("trainee/systems.xhtml?system=999999", S, O, D, D, D); // nothing to start from
    row("trainee/systems.xhtml?system=x", S, O, D, D, D);
    row("usability", O, O, O, O, O);
    row("usability.xhtml?system=999999", D, D, D, D, D); // no such system
    row("usability.xhtml?system=x", O, O, O, O, O); // not a number: the list
    row("api/usability/figures", O, O, O, O, O);
    row("api/usability/figures.csv", O, O, O, O, O);
    row("api/usability/figures/999999", D, D, D, D, D);
    row("api/usability/figures/x", D, D, D, D, D);
    row("reviewer/usability.xhtml", S, D, D, O, O);
    row("reviewer/usability.xhtml?area=REGION:LONDON&system=999999", S, D, D, D, D);
    row("reviewer/usability.xhtml?area=nonsense", S, D, D, O, O);
    row("admin/systems.xhtml", S, D, D, D, O);
    row("admin/comments.xhtml", S, D, D, D, O);
    row("author/feedback.xhtml?id=clinical-safety", S, D, D, D, O);
    row("author/feedback.xhtml?id=no-such-course&page=-1", S, D, D, D, D);
  }

  private static void row(String path, Access... expected) {
    TABLE.put(path, expected);
  }

  @Test
  void everyRoleGetsExactlyTheAccessInTheTable() throws Exception {
    List<String> wrong = new ArrayList<>();
    String cohortId =
        TestDatabase.one(
            "insert into cohort (name, intake_year) values ('Authorisation ' || clock_timestamp(),"
                + " 2025) returning id");
    for (int r = 0; r < ROLES.length; r++) {
      WebClient web = client();
      String ownId = "0";
      if (r > 0) {
        TestUser user = TestUsers.create(ROLES[r]);
        ownId = Long.toString(user.id());
        Page signedIn = web.signIn(user.email(), user.password());
        assertThat(signedIn.status()).as("sign-in as " + ROLES[r]).isEqualTo(302);
      }
      for (Map.Entry<String, Access[]> entry : TABLE.entrySet()) {
        String path = entry.getKey().replace("%OWN%", ownId).replace("%COHORT%", cohortId);
        Access expected = entry.getValue()[r];
        Page page = web.get(path);
        Access actual = classify(page);
        if (actual != expected) {
          wrong.add(
              ROLES[r]
                  + " "
                  + path
                  + ": expected "
                  + expected
                  + " but got "
                  + actual
                  + " ("
                  + page.status()
                  + " "
                  + page.location()
                  + ")");
        }
        assertThat(page.body()).as(path).doesNotContain(".java:").doesNotContain("Caused by");
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static Access classify(Page page) {
    return switch (page.status()) {
      case 200 -> Access.OK;
      case 401 -> Access.UNAUTHORISED;
      case 403, 404 -> Access.DENIED;
      case 302, 303 ->
          page.location() != null
                  && page.location().contains("sign-in.xhtml")
                  && !page.location().contains("signedOut")
              ? Access.SIGN_IN
              : Access.REDIRECT;
      default ->
          throw new AssertionError(
              "unexpected status " + page.status() + " from " + page.response().uri());
    };
  }
}
