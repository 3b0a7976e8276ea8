package org.ccioacademy.events.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.ccioacademy.events.Event;
import org.ccioacademy.events.EventOrganising;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.web.UkTime;

/** The events a tutor runs that are still to come, for their home page. */
@Named
@RequestScoped
public class OrganiserHomeView {

  static final int SHOWN = 5;

  @Inject EventOrganising events;
  @Inject CurrentUser currentUser;

  private List<Event> comingUp;

  @PostConstruct
  void load() {
    comingUp =
        events.comingUp(
            currentUser.caller().userId(),
            currentUser.caller().isAdmin(),
            LocalDate.now(UkTime.UK),
            SHOWN);
  }

  public List<Event> getComingUp() {
    return comingUp;
  }
}
