package org.ccioacademy.lrs.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.lrs.LrsClients;
import org.ccioacademy.platform.audit.CurrentActor;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.web.Carried;
import org.ccioacademy.platform.web.FacesForms;

/**
 * Admins' LRS clients: make one (its key and secret shown once, after the redirect), see each one's
 * scope and how many statements it stored, withdraw one. Paged in the database.
 */
@Named
@RequestScoped
public class LrsClientsView {

  static final String MADE = "ccio.lrsClient";
  static final int PAGE = 50;

  @Inject LrsClients clients;
  @Inject CurrentActor actor;

  private String name;
  private boolean read = true;
  private boolean write = true;
  private boolean ownOnly;
  private int page;
  private List<LrsClients.Listed> list;
  private long total;

  /** What was just made, carried from the action to the page after its redirect. */
  private LrsClients.Made made;

  @PostConstruct
  void load() {
    Object carried = Carried.take(MADE);
    made = carried instanceof LrsClients.Made m ? m : null;
    String p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
    try {
      page = p == null ? 0 : Math.max(0, Integer.parseInt(p));
    } catch (NumberFormatException e) {
      page = 0;
    }
    total = clients.count();
    list = clients.list(page * PAGE, PAGE);
  }

  public String make() {
    try {
      LrsClients.Made made = clients.create(actor.actor(), name, read, write, ownOnly);
      Carried.put(MADE, made);
      return "/admin/lrs-clients?faces-redirect=true";
    } catch (InvalidInputException e) {
      FacesForms.showErrors("make", e.errors());
      return null;
    }
  }

  public String withdraw(long id) {
    try {
      clients.withdraw(actor.actor(), id);
      FacesForms.flashInfo("Withdrawn: requests with that client's key are refused from now on.");
    } catch (RefusedException e) {
      FacesForms.flashInfo(e.getMessage());
    }
    return "/admin/lrs-clients?faces-redirect=true";
  }

  /** The client just made (key and secret), if this is the page after making it. */
  public LrsClients.Made getMade() {
    return made;
  }

  public String getEndpoint() {
    return clients.homePage() + "/";
  }

  public List<LrsClients.Listed> getList() {
    return list;
  }

  public long getTotal() {
    return total;
  }

  public int getPage() {
    return page;
  }

  public boolean isHasNext() {
    return (page + 1L) * PAGE < total;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isRead() {
    return read;
  }

  public void setRead(boolean read) {
    this.read = read;
  }

  public boolean isWrite() {
    return write;
  }

  public void setWrite(boolean write) {
    this.write = write;
  }

  public boolean isOwnOnly() {
    return ownOnly;
  }

  public void setOwnOnly(boolean ownOnly) {
    this.ownOnly = ownOnly;
  }
}
