package org.ccioacademy.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Messages and one-time values carried through a redirect to the next page the session shows
 * (Post-Redirect-Get), kept in the HTTP session, so they travel with it to any instance of a
 * cluster. Used instead of the Faces Flash: Mojarra 4.0 (Payara 6) keeps flash data in one
 * instance's memory and names it by a cookie numbered from zero on every instance, so behind a load
 * balancer a redirect landing on another instance failed with 500 (seen in ClusterIT), and could
 * read another person's flash (eclipse-ee4j/mojarra#6024, fixed in Mojarra 4.1 only). Registered in
 * faces-config.xml; {@link RequestFilter} hides the flash cookie from Mojarra.
 */
public class Carried implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /** The Faces Flash's cookie, never read: a stale one from another instance broke redirects. */
  static final String FLASH_COOKIE = "csfcfc";

  private static final String HELD = "ccio.carried";
  private static final String KEEP = "ccio.carried.keep";

  /** One message as it will be shown again. */
  record Message(String clientId, int severity, String summary, String detail)
      implements Serializable {}

  /** What waits in the session for the next page. */
  record Held(List<Message> messages, Map<String, Serializable> values) implements Serializable {}

  /** This request's messages are shown again on the page its redirect leads to. */
  public static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(KEEP, true);
  }

  /** A value the next page takes once with {@link #take}. */
  public static void put(String key, Serializable value) {
    Map<String, Object> session =
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
    synchronized (session) {
      Held held = held(session);
      Map<String, Serializable> values = new HashMap<>(held.values());
      values.put(key, value);
      session.put(HELD, new Held(held.messages(), Map.copyOf(values)));
    }
  }

  /** The value carried under {@code key}, if one was; it is gone afterwards. */
  public static Object take(String key) {
    Map<String, Object> session =
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
    synchronized (session) {
      Held held = held(session);
      if (!held.values().containsKey(key)) {
        return null;
      }
      Map<String, Serializable> values = new HashMap<>(held.values());
      Object value = values.remove(key);
      store(session, new Held(held.messages(), Map.copyOf(values)));
      return value;
    }
  }

  private static Held held(Map<String, Object> session) {
    return session.get(HELD) instanceof Held h ? h : new Held(List.of(), Map.of());
  }

  private static void store(Map<String, Object> session, Held held) {
    if (held.messages().isEmpty() && held.values().isEmpty()) {
      session.remove(HELD);
    } else {
      // set again, never changed in place: the data grid stores what is set
      session.put(HELD, held);
    }
  }

  /**
   * The request without the Faces Flash's cookie: Mojarra, given one another instance made (or one
   * from before a restart), failed the next redirect with a NullPointerException.
   */
  static HttpServletRequest withoutFlashCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null
        || Arrays.stream(cookies).noneMatch(c -> FLASH_COOKIE.equals(c.getName()))) {
      return request;
    }
    Cookie[] kept =
        Arrays.stream(cookies)
            .filter(c -> !FLASH_COOKIE.equals(c.getName()))
            .toArray(Cookie[]::new);
    return new HttpServletRequestWrapper(request) {
      @Override
      public Cookie[] getCookies() {
        return kept.clone();
      }
    };
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (event.getPhaseId() != PhaseId.RENDER_RESPONSE
        || faces.getPartialViewContext().isAjaxRequest()
        || faces.getExternalContext().getSession(false) == null) {
      return;
    }
    Map<String, Object> session = faces.getExternalContext().getSessionMap();
    synchronized (session) {
      Held held = held(session);
      if (held.messages().isEmpty()) {
        return;
      }
      for (Message m : held.messages()) {
        faces.addMessage(
            m.clientId(), new FacesMessage(severity(m.severity()), m.summary(), m.detail()));
      }
      store(session, new Held(List.of(), held.values()));
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    Map<String, Object> request = faces.getExternalContext().getRequestMap();
    if (request.remove(KEEP) == null) {
      return;
    }
    if (!faces.getResponseComplete()) {
      // not redirected (yet): this request shows them itself, unless a later phase redirects
      request.put(KEEP, true);
      return;
    }
    List<Message> kept = new ArrayList<>();
    Iterator<String> ids = faces.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String id = ids.next();
      for (FacesMessage m : faces.getMessageList(id)) {
        kept.add(new Message(id, m.getSeverity().getOrdinal(), m.getSummary(), m.getDetail()));
      }
    }
    Map<String, Object> session = faces.getExternalContext().getSessionMap();
    synchronized (session) {
      Held held = held(session);
      List<Message> all = new ArrayList<>(held.messages());
      all.addAll(kept);
      store(session, new Held(List.copyOf(all), held.values()));
    }
  }

  private static FacesMessage.Severity severity(int ordinal) {
    for (FacesMessage.Severity s :
        List.of(
            FacesMessage.SEVERITY_INFO,
            FacesMessage.SEVERITY_WARN,
            FacesMessage.SEVERITY_ERROR,
            FacesMessage.SEVERITY_FATAL)) {
      if (s.getOrdinal() == ordinal) {
        return s;
      }
    }
    return FacesMessage.SEVERITY_INFO;
  }
}
