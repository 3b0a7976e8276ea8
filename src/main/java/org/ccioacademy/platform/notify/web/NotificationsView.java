package org.ccioacademy.platform.notify.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.ccioacademy.platform.audit.CurrentActor;
import org.ccioacademy.platform.notify.Notifications;
import org.ccioacademy.platform.web.FacesForms;

/**
 * /account/notifications.xhtml: a person's notifications, newest first, twenty to a page, each with
 * its email's sending status. Opening one ({@code ?open=id}) marks it read and goes on to the page
 * it is about.
 */
@Named
@RequestScoped
public class NotificationsView {

  static final int PAGE_SIZE = 20;

  @Inject CurrentActor current;
  @Inject Notifications notifications;

  private int page = 1;
  private Long open;
  private long total;
  private List<Notifications.Line> lines = List.of();
  private int first;
  private int last;
  private boolean newer;
  private boolean older;

  /** How many there are, known before a post-back's form is decoded (it is shown only then). */
  @PostConstruct
  void count() {
    current.userId().ifPresent(me -> total = notifications.count(me));
  }

  /** The view action: opens a notification when asked, or reads the page. */
  public void load() throws IOException {
    long me = current.userId().orElseThrow();
    FacesContext faces = FacesContext.getCurrentInstance();
    if (open != null) {
      String link = notifications.open(me, open);
      String to = link != null ? link : "/account/notifications.xhtml";
      faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + to);
      faces.responseComplete();
      return;
    }
    int pages = Math.max(1, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
    page = Math.min(Math.max(page, 1), pages);
    first = (page - 1) * PAGE_SIZE + 1;
    lines = notifications.page(me, first - 1, PAGE_SIZE);
    this.last = first - 1 + lines.size();
    newer = page > 1;
    older = this.last < total;
  }

  /** Marks every notification read, then shows the list again (Post-Redirect-Get). */
  public String readAll() {
    int n = notifications.readAll(current.userId().orElseThrow());
    FacesForms.flashInfo(
        n == 0
            ? "You had no unread notifications."
            : n == 1 ? "1 notification marked as read." : n + " notifications marked as read.");
    return "/account/notifications?faces-redirect=true";
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public Long getOpen() {
    return open;
  }

  public void setOpen(Long open) {
    this.open = open;
  }

  public long getTotal() {
    return total;
  }

  public List<Notifications.Line> getLines() {
    return lines;
  }

  public boolean isNewer() {
    return newer;
  }

  public boolean isOlder() {
    return older;
  }

  public int getFirst() {
    return first;
  }

  public int getLast() {
    return last;
  }
}
