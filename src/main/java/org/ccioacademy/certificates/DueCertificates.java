package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Issues every certificate that is due and missing: course completions, then event attendance; and
 * sends the reminders of certificates about to lapse. Run by the sweeper every few minutes, and by
 * an admin on demand; idempotent.
 */
@ApplicationScoped
public class DueCertificates {

  @Inject CourseCertificates courses;
  @Inject EventCertificates events;
  @Inject CertificateReminders reminders;

  /** How many were issued. */
  public int issue() {
    return courses.sweep() + events.sweep();
  }

  /** Reminds holders whose course certificates lapse soon; how many were reminded. */
  public int remind() {
    return reminders.send();
  }
}
