package org.ccioacademy.voice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.voice.Moderation;

/**
 * Admin → Comments to moderate: each comment that came with a rating, oldest first, to publish for
 * reviewers (after taking out names and patient details) or withhold. The author is not shown.
 */
@Named
@ViewScoped
public class ModerationView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;
  private static final String HERE = "/admin/comments?faces-redirect=true";

  @Inject Moderation moderation;
  @Inject CurrentUser currentUser;

  private transient List<Moderation.Pending> pending;
  private long waiting;
  private final Map<Long, String> texts = new HashMap<>();

  public void load() {
    waiting = moderation.pendingCount();
    pending = moderation.pending(0, PAGE_SIZE);
    for (Moderation.Pending p : pending) {
      texts.put(p.ratingId(), p.comment());
    }
  }

  public String publish(Moderation.Pending p) {
    try {
      moderation.publish(currentUser.actor(), p.ratingId(), p.version(), texts.get(p.ratingId()));
    } catch (InvalidInputException e) {
      FacesForms.error(e.errors().get("text"));
      return null;
    } catch (ConcurrentEditException e) {
      FacesForms.flashError(e.getMessage());
      return HERE;
    }
    FacesForms.flashInfo("The comment on " + p.system() + " is published for reviewers.");
    return HERE;
  }

  public String withhold(Moderation.Pending p) {
    try {
      moderation.withhold(currentUser.actor(), p.ratingId(), p.version());
    } catch (ConcurrentEditException e) {
      FacesForms.flashError(e.getMessage());
      return HERE;
    }
    FacesForms.flashInfo("The comment on " + p.system() + " is withheld: no reviewer will see it.");
    return HERE;
  }

  public List<Moderation.Pending> getPending() {
    return pending;
  }

  public long getWaiting() {
    return waiting;
  }

  public Map<Long, String> getTexts() {
    return texts;
  }
}
