package org.ccioacademy.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;
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
 * runs. (A GET that tries to be a postback is refused earlier, by {@link RequestFilter}.) A
 * stateless view (the module reader) keeps no nonce: a post to it is refused when the browser says
 * it came from another site.
 */
public class PostbackCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PostbackCheck.class.getName());

  /** Where PrimeFaces keeps a view's nonce, and the request parameter that sends it back. */
  static final String NONCE = "primefaces.nonce";

  @Inject PublicUrl publicUrl;

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
    if (faces.getViewRoot().isTransient()) {
      // a stateless view keeps no nonce: the browser says where the post came from instead
      refuseUnless(
          faces,
          sameSite(faces.getExternalContext().getRequestHeaderMap(), publicUrl.origin()),
          "sent from another site");
      return;
    }
    Map<String, Object> view = faces.getViewRoot().getViewMap(false);
    Object expected = view == null ? null : view.get(NONCE);
    if (expected == null) {
      return; // a view PrimeFaces never rendered with a nonce (none here has scripts of its own)
    }
    String sent = faces.getExternalContext().getRequestParameterMap().get(NONCE);
    refuseUnless(
        faces, expected.equals(sent), sent == null ? "no nonce" : "a nonce that is not its view's");
  }

  /**
   * Whether a post comes from a page of this site, as the browser tells (OWASP's check of the
   * standard headers): Sec-Fetch-Site when it sends it, else the Origin against the site's public
   * address ({@code ccio.public-url}, right behind a proxy that changes the Host) or the Host it
   * asked for. A client that sends neither is no browser a forged form could drive.
   */
  static boolean sameSite(Map<String, String> headers, String publicOrigin) {
    String site = headers.get("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin");
    }
    String origin = headers.get("Origin");
    if (origin == null) {
      return true;
    }
    if (origin.equalsIgnoreCase(publicOrigin)) {
      return true;
    }
    String host = headers.get("Host");
    int scheme = origin.indexOf("://");
    return host != null && scheme > 0 && origin.substring(scheme + 3).equalsIgnoreCase(host);
  }

  private static void refuseUnless(FacesContext faces, boolean accepted, String why) {
    if (accepted) {
      return;
    }
    LOG.warning("Refused a form post to " + faces.getViewRoot().getViewId() + ": " + why);
    try {
      faces.getExternalContext().responseSendError(400, "The form could not be accepted.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
