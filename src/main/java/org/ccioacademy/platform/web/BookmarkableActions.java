package org.ccioacademy.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Forms post back to the address they came from, view parameters included ({@code
 * course.xhtml?id=…}, not a bare {@code course.xhtml}): a page shown again after a refused form
 * keeps its address, so reloading or bookmarking it opens the same page rather than a 404. The
 * values are the page's own view parameters, encoded, never other request parameters.
 */
public class BookmarkableActions extends ViewHandlerWrapper {

  public BookmarkableActions(ViewHandler wrapped) {
    super(wrapped);
  }

  /** Set while a link's or a redirect's address is built: those carry their own parameters. */
  private static final String OWN_PARAMETERS = BookmarkableActions.class.getName() + ".own";

  @Override
  public String getRedirectURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return withOwnParameters(
        context, () -> super.getRedirectURL(context, viewId, parameters, includeViewParams));
  }

  @Override
  public String getBookmarkableURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return withOwnParameters(
        context, () -> super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
  }

  /** Builds a link's or a redirect's address, which {@link #getActionURL} then leaves alone. */
  private static String withOwnParameters(FacesContext context, Supplier<String> address) {
    context.getAttributes().put(OWN_PARAMETERS, Boolean.TRUE);
    try {
      return address.get();
    } finally {
      context.getAttributes().remove(OWN_PARAMETERS);
    }
  }

  /** A form's action, as the page is rendered: the page's address with its view parameters. */
  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String url = super.getActionURL(context, viewId);
    UIViewRoot root = context.getViewRoot();
    if (root == null
        || !viewId.equals(root.getViewId())
        || context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
        || context.getAttributes().containsKey(OWN_PARAMETERS)) {
      return url;
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (UIViewParameter p : ViewMetadata.getViewParameters(root)) {
      String value = p.getStringValue(context);
      if (value != null && !value.isEmpty()) {
        query.put(p.getName(), List.of(value));
      }
    }
    return query.isEmpty() ? url : context.getExternalContext().encodeBookmarkableURL(url, query);
  }
}
