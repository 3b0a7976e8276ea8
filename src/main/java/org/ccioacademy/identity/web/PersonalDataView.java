package org.ccioacademy.identity.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.PersonalData;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;

/**
 * Requests about personal data: a person downloads everything held about them ("Your data"); on a
 * person's admin page, an admin produces that copy for a request received by post, or erases the
 * person's data after reading what would go and what would stay.
 */
@Named
@ViewScoped
public class PersonalDataView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PersonalDataView.class.getName());

  @Inject PersonalData personalData;
  @Inject CurrentUser currentUser;

  private long personId;
  private boolean erased;
  private PersonalData.Preview preview;
  private String reference;
  private String erasureReference;
  private String confirm;

  /** For an admin's page of person {@code id} (its view action). */
  public void load(Long id) {
    if (id == null) {
      return;
    }
    personId = id;
    erased = personalData.isErased(id);
    preview = erased ? null : personalData.preview(id);
  }

  /** The signed-in person's own copy. */
  public void downloadMine() {
    download(currentUser.id(), null, "ccio-academy-my-data.zip");
  }

  /** A person's copy, for an admin answering a request received by post or email. */
  public void downloadForRequest() {
    if (reference == null || reference.isBlank()) {
      FacesForms.showErrors(
          "access",
          Map.of("reference", "Say which request this answers (its date, or your reference)."));
      return;
    }
    download(personId, reference, "ccio-academy-data-of-person-" + personId + ".zip");
  }

  private void download(long id, String why, String fileName) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    ec.responseReset();
    ec.setResponseContentType("application/zip");
    ec.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    ec.setResponseHeader("Cache-Control", "private, no-store");
    try {
      personalData.export(currentUser.actor(), id, why, ec.getResponseOutputStream());
    } catch (IOException e) {
      // the browser went away part-way: nothing to tell anyone
      LOG.log(Level.INFO, "A copy of personal data was not fully sent", e);
    }
    faces.responseComplete();
  }

  /** Erases the person's data; the page then says so. */
  public String erase() {
    try {
      personalData.erase(currentUser.actor(), personId, erasureReference, confirm);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("erase", e.errors());
      return null;
    }
    FacesForms.flashInfo(
        "The person's personal data is erased. Their account is disabled and now named \"erased"
            + " person "
            + personId
            + "\".");
    return "/admin/user?faces-redirect=true&id=" + personId;
  }

  public boolean isErased() {
    return erased;
  }

  public PersonalData.Preview getPreview() {
    return preview;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getErasureReference() {
    return erasureReference;
  }

  public void setErasureReference(String erasureReference) {
    this.erasureReference = erasureReference;
  }

  public String getConfirm() {
    return confirm;
  }

  public void setConfirm(String confirm) {
    this.confirm = confirm;
  }
}
