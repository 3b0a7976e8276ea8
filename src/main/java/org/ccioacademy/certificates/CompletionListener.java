package org.ccioacademy.certificates;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.delivery.CourseCompleted;

/**
 * Issues a course's certificate just after its completion commits. An enterprise bean, so the work
 * has the container's context whatever thread completes the course (a request, or a start-up task),
 * and a failure never undoes the completion: the sweep issues it later.
 */
@Stateless
public class CompletionListener {

  private static final Logger LOG = Logger.getLogger(CompletionListener.class.getName());

  @Inject CourseCertificates courses;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted done) {
    try {
      courses.issueFor(done.enrolmentId());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Could not issue the certificate for enrolment " + done.enrolmentId() + " yet",
          e);
    }
  }
}
