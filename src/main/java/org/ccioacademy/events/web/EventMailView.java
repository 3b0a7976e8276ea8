package org.ccioacademy.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccioacademy.events.OrganiserRegistrations;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.web.FacesForms;

/**
 * The tabs of an organiser's event page that write to people: an email to everyone with a place,
 * and calling the event off with the reason (emailed to everyone registered).
 */
@Named
@ViewScoped
public class EventMailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ManageEventView manage;
  @Inject OrganiserRegistrations organiserRegistrations;
  @Inject CurrentUser currentUser;

  private String mailSubject;
  private String mailMessage;
  private String cancelReason;

  /** Calls the whole event off; the reason typed is emailed to everyone registered. */
  public String cancelEvent() {
    if (cancelReason == null || cancelReason.isBlank()) {
      FacesForms.showErrors(
          "cancelEvent",
          Map.of(
              "cancelReason",
              "Say why the event is cancelled: everyone registered is emailed your words."));
      return null;
    }
    return manage.decide(
        () -> {
          int n =
              organiserRegistrations.cancelEvent(
                  currentUser.caller(), manage.eventId(), cancelReason);
          return "The event is cancelled; "
              + n
              + (n == 1 ? " person has" : " people have")
              + " been emailed.";
        });
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public String emailRegistered() {
    Map<String, String> errors = new LinkedHashMap<>();
    if (mailSubject == null || mailSubject.isBlank()) {
      errors.put("mailSubject", "Give the email a subject.");
    }
    if (mailMessage == null || mailMessage.isBlank()) {
      errors.put("mailMessage", "Write the message.");
    }
    if (!errors.isEmpty()) {
      FacesForms.showErrors("mail", errors);
      return null;
    }
    return manage.decide(
        () -> {
          int n =
              organiserRegistrations.emailRegistered(
                  currentUser.caller(), manage.eventId(), mailSubject, mailMessage);
          return "Your email is on its way to " + n + (n == 1 ? " person." : " people.");
        });
  }

  public String getMailSubject() {
    return mailSubject;
  }

  public void setMailSubject(String mailSubject) {
    this.mailSubject = mailSubject;
  }

  public String getMailMessage() {
    return mailMessage;
  }

  public void setMailMessage(String mailMessage) {
    this.mailMessage = mailMessage;
  }
}
