package org.ccioacademy.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccioacademy.events.Event;
import org.ccioacademy.events.EventOrganising;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.web.FacesForms;

/** An organiser's events, and a new event. */
@Named
@ViewScoped
public class OrganiseView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EventOrganising events;
  @Inject CurrentUser currentUser;

  private transient List<Event> mine;
  private EventForm form = new EventForm();

  public void load() {
    mine = events.organisedBy(currentUser.id(), currentUser.getAccount().hasRole(Role.ADMIN));
  }

  public String create() {
    try {
      Event e = events.create(currentUser.actor(), form.input());
      FacesForms.flashInfo(e.getTitle() + " is published. Add its sessions below.");
      return "/organise/event?faces-redirect=true&id=" + e.getId();
    } catch (InvalidInputException e) {
      FacesForms.showErrors("newEvent", e.errors());
      return null;
    }
  }

  public List<Event> getMine() {
    return mine;
  }

  public EventForm getForm() {
    return form;
  }
}
