package org.ccioacademy.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The NHS.UK error summary at the top of a page: each problem with a field, as a link to that
 * field, in the order they were found. Read when the page is drawn, after every problem is known.
 */
@Named
@RequestScoped
public class ErrorSummary {

  /** One problem: its field's client id and what is wrong. */
  public record Item(String clientId, String message) {}

  private List<Item> items;

  /**
   * The problems, gathered once the page is being drawn. Faces asks whether the summary is shown in
   * every phase of a post-back, before the action has said what is wrong: until the page is drawn
   * there is nothing to show, and nothing is kept.
   */
  public List<Item> getItems() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      return List.of();
    }
    if (items == null) {
      items = gather(faces);
    }
    return items;
  }

  private static List<Item> gather(FacesContext faces) {
    List<Item> found = new ArrayList<>();
    Iterator<String> ids = faces.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String id = ids.next();
      if (id == null) {
        continue;
      }
      for (FacesMessage m : faces.getMessageList(id)) {
        if (m.getSeverity() == FacesMessage.SEVERITY_ERROR) {
          found.add(new Item(id, m.getSummary()));
        }
      }
    }
    return List.copyOf(found);
  }
}
