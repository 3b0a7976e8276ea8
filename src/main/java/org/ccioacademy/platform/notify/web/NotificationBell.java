package org.ccioacademy.platform.notify.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccioacademy.platform.audit.CurrentActor;
import org.ccioacademy.platform.notify.Notifications;

/** The link to a person's notifications in every page's header, with how many are unread. */
@Named
@RequestScoped
public class NotificationBell {

  @Inject CurrentActor current;
  @Inject Notifications notifications;

  private long unread;

  @PostConstruct
  void load() {
    current.userId().ifPresent(id -> unread = notifications.unread(id));
  }

  public long getUnread() {
    return unread;
  }
}
