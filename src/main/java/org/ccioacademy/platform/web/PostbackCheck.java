package org.ccioacademy.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A form action runs only from a POST that carries its view's nonce (registered in
 * faces-config.xml). PrimeFaces checks the nonce only when it renders a page, so an action that
 * redirects (Post-Redirect-Get, as every form here does) ran without any check, and a wrong nonce
 * on a rendered postback failed with 500. Here, straight after the view is restored, a postback
 * without the nonce PrimeFaces put in the view, or with another, gets a plain 400 page and nothing
 * runs. (A GET that tries to be a postback is refused earlier, by {@link RequestFilter}.)
 */
public class PostbackCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PostbackCheck.class.getName());

  /** Where PrimeFaces keeps a view's nonce, and the request parameter that sends it back. */
  static final String NONCE = "primefaces.nonce";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // nothing before the view exists
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() || faces.getViewRoot() == null || faces.getResponseComplete()) {
      return;
    }
    Map<String, Object> view = faces.getViewRoot().getViewMap(false);
    Object expected = view == null ? null : view.get(NONCE);
    if (expected == null) {
      return; // a view PrimeFaces never rendered with a nonce (none here has scripts of its own)
    }
    String sent = faces.getExternalContext().getRequestParameterMap().get(NONCE);
    if (!expected.equals(sent)) {
      LOG.warning(
          "Refused a form post to "
              + faces.getViewRoot().getViewId()
              + (sent == null ? ": no nonce" : ": a nonce that is not its view's"));
      try {
        faces.getExternalContext().responseSendError(400, "The form could not be accepted.");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }
}
