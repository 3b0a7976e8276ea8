package org.ccioacademy.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.Map;
import org.ccioacademy.platform.kernel.FieldErrors;

/**
 * Shows problems found by a service beside the fields they concern. Components are named after the
 * fields (id {@code email} in form {@code register} shows the problem with {@code email}); each is
 * marked invalid, so it is outlined and announced by screen readers, and a summary at the top says
 * how many problems there are.
 */
public final class FacesForms {

  private FacesForms() {}

  /**
   * Shows each problem beside its field (by id within the form) with a summary at the top, keeps
   * what was typed, and marks the request as failed validation.
   */
  public static void showErrors(String formId, FieldErrors problems) {
    showErrors(formId, problems.asMap());
  }

  public static void showErrors(String formId, Map<String, String> errors) {
    FacesContext faces = FacesContext.getCurrentInstance();
    UIComponent form = faces.getViewRoot().findComponent(formId);
    errors.forEach(
        (field, message) -> {
          UIComponent component = form == null ? null : form.findComponent(field);
          String clientId = component == null ? null : component.getClientId(faces);
          if (component instanceof UIInput input) {
            // an invalid input shows its submitted value, which Faces cleared when it updated the
            // model: put what was typed back, so nothing is lost
            Object value = input.getValue();
            input.setSubmittedValue(
                value instanceof Object[] many
                    ? Arrays.stream(many).map(String::valueOf).toArray(String[]::new)
                    : value == null ? null : value.toString());
            input.setValid(false);
          }
          faces.addMessage(
              clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        });
    int n = errors.size();
    String summary =
        n == 1
            ? "There is a problem: it is shown beside its field. Nothing has been saved yet."
            : "There are "
                + n
                + " problems: each is shown beside its field. Nothing has been saved yet.";
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
    faces.validationFailed();
  }

  /** A note beside one field (by client id) that is not a problem with it. */
  public static void note(String clientId, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_WARN, message, message));
  }

  public static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  public static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
  }

  /** A message that survives the redirect after a successful change (Post-Redirect-Get). */
  public static void flashInfo(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Carried.keepMessages();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
  }

  /**
   * A change made, but with something still to see to, that survives the redirect (shown as a
   * warning, never as a green "done").
   */
  public static void flashWarn(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Carried.keepMessages();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, message, message));
  }

  /** A problem that survives the redirect to the page that shows it (Post-Redirect-Get). */
  public static void flashError(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Carried.keepMessages();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }
}
