package org.ccioacademy.events.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.ccioacademy.events.MyEvents;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.web.UkTime;

/** For a trainee's home: their events to come, with their place or place on the waitlist. */
@Named
@RequestScoped
public class MyEventsView {

  static final int SHOWN = 5;

  @Inject MyEvents events;
  @Inject CurrentUser currentUser;

  private List<MyEvents.Coming> comingUp;

  @PostConstruct
  void load() {
    comingUp = events.comingUp(currentUser.id(), LocalDate.now(UkTime.UK), SHOWN);
  }

  public List<MyEvents.Coming> getComingUp() {
    return comingUp;
  }
}
