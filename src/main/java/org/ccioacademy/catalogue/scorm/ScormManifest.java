package org.ccioacademy.catalogue.scorm;

import java.util.List;

/**
 * What a content package's {@code imsmanifest.xml} says: its edition, identifier, the title of the
 * organisation it offers and that organisation's items in table-of-contents order.
 */
public record ScormManifest(
    ScormVersion version, String identifier, String title, List<ScormItem> items) {

  public ScormManifest {
    items = List.copyOf(items);
  }

  /** The items that can be opened, in order. */
  public List<ScormItem> launchable() {
    return items.stream().filter(ScormItem::isLaunchable).toList();
  }

  /** Whether the package has more than one thing to open (shown with a table of contents). */
  public boolean isMultiSco() {
    return launchable().size() > 1;
  }
}
