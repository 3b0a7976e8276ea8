package org.ccioacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Base64;
import java.util.List;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.SecondFactors;
import org.ccioacademy.identity.SessionGuardFilter;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.platform.web.QrCode;

/**
 * Two-step sign-in for the signed-in person: set up an authenticator app (a QR code, or the key to
 * type), confirm it with a first code, and keep the recovery codes shown once; make new recovery
 * codes; turn it off where the role allows. A person whose role needs it and who has none is sent
 * here straight after their password, and can do nothing else until it is set up.
 */
@Named
@ViewScoped
public class SecondFactorView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;
  @Inject SecondFactors secondFactors;

  private boolean enrolled;
  private boolean required;
  private long codesLeft;
  private String key;
  private String qrImage;
  private String code;
  private List<String> recoveryCodes;

  @PostConstruct
  void load() {
    long id = currentUser.id();
    enrolled = secondFactors.enrolled(id);
    required = secondFactors.requiredFor(currentUser.getAccount());
    codesLeft = enrolled ? secondFactors.recoveryCodesLeft(id) : 0;
  }

  /** Shows a new key as a QR code and as text. */
  public String begin() {
    try {
      SecondFactors.Enrolment enrolment = secondFactors.begin(currentUser.id());
      key = enrolment.key().replaceAll("(.{4})(?!$)", "$1 ");
      qrImage =
          "data:image/png;base64,"
              + Base64.getEncoder().encodeToString(QrCode.png(enrolment.otpauthUri(), 240));
    } catch (InvalidInputException e) {
      FacesForms.error(e.errors().asMap().values().iterator().next());
    }
    return null;
  }

  /** Confirms the app with its first code and shows the recovery codes, once. */
  public String confirm() {
    try {
      recoveryCodes = secondFactors.confirm(currentUser.actor(), currentUser.id(), code);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("confirm", e.errors());
      return null;
    }
    HttpServletRequest request = request();
    HttpSession session = request.getSession();
    if (session.getAttribute(SessionGuardFilter.SECOND_STEP) != null) {
      session.removeAttribute(SessionGuardFilter.SECOND_STEP);
      request.changeSessionId();
    }
    enrolled = true;
    key = null;
    qrImage = null;
    code = null;
    codesLeft = recoveryCodes.size();
    return null;
  }

  /** New recovery codes in place of the old ones, shown once. */
  public String newCodes() {
    try {
      recoveryCodes = secondFactors.newRecoveryCodes(currentUser.actor(), currentUser.id());
      codesLeft = recoveryCodes.size();
    } catch (InvalidInputException e) {
      FacesForms.error(e.errors().asMap().values().iterator().next());
    }
    return null;
  }

  public String turnOff() {
    try {
      secondFactors.turnOff(currentUser.actor(), currentUser.id(), code);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("off", e.errors());
      return null;
    }
    FacesForms.flashInfo("Two-step sign-in is off. You can set it up again at any time.");
    return "/account/second-factor?faces-redirect=true";
  }

  /** Whether the person was sent here to set it up before doing anything else. */
  public boolean isGated() {
    HttpSession session = request().getSession(false);
    return session != null && "ENROL".equals(session.getAttribute(SessionGuardFilter.SECOND_STEP));
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public boolean isEnrolled() {
    return enrolled;
  }

  public boolean isRequired() {
    return required;
  }

  public long getCodesLeft() {
    return codesLeft;
  }

  public String getKey() {
    return key;
  }

  public String getQrImage() {
    return qrImage;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }
}
