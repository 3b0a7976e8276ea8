package org.ccioacademy.platform.web;

import jakarta.faces.component.UIViewAction;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.io.Serializable;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A form posted to another instance of a cluster than the one that showed it (that instance died,
 * or the session moved): the page's view-scoped beans come through the data grid without what they
 * keep in transient fields (the entities and lists their f:viewAction loaded), so the page would
 * find nothing to act on. Here, straight after such a view is restored, its view actions run again
 * (they reload from the ids the beans kept), before the form's values are applied over them.
 *
 * <p>How a view knows: each page shown puts a {@link Here} in its view map; its one field is
 * transient, so it is true only in the memory of the instance that put it there.
 */
public class FailoverReload implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(FailoverReload.class.getName());
  static final String KEY = FailoverReload.class.getName();

  /** True in the instance that rendered the view; false once it has been through the data grid. */
  static final class Here implements Serializable {
    private static final long serialVersionUID = 1L;
    // not final: a constant would be read as true even after deserialisation
    private transient boolean local = true;

    boolean isLocal() {
      return local;
    }
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    UIViewRoot root = faces.getViewRoot();
    if (event.getPhaseId() == PhaseId.RENDER_RESPONSE && root != null && !root.isTransient()) {
      root.getViewMap().putIfAbsent(KEY, new Here());
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    UIViewRoot root = faces.getViewRoot();
    if (event.getPhaseId() != PhaseId.RESTORE_VIEW
        || !faces.isPostback()
        || root == null
        || root.isTransient()
        || faces.getResponseComplete()) {
      return;
    }
    Map<String, Object> view = root.getViewMap(false);
    if (view == null || !(view.get(KEY) instanceof Here here) || here.isLocal()) {
      return;
    }
    LOG.info("A form of " + root.getViewId() + " came from another instance: loading it again");
    view.put(KEY, new Here());
    for (UIViewAction action : ViewMetadata.getViewActions(root)) {
      if (faces.getResponseComplete()) {
        return;
      }
      if (action.isRendered()) { // its "if"
        action.getActionExpression().invoke(faces.getELContext(), null);
      }
    }
  }
}
