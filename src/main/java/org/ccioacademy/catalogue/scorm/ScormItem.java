package org.ccioacademy.catalogue.scorm;

import java.math.BigDecimal;

/**
 * An item of a package's organisation, in the order of its table of contents: a heading ({@code
 * launch} null) or something to launch, a SCO (which talks to the run-time API) or an asset. A cmi5
 * course's AUs are items too (sco true: they report through the LRS), its blocks headings; an AU's
 * mastery score is its {@code scaledPassingScore}, its launch parameters its {@code dataFromLms}.
 *
 * @param identifier the item's identifier in the manifest
 * @param title its title
 * @param depth 0 for an item directly under the organisation, 1 under that, and so on
 * @param launch the file to open, from the package's root, with the item's parameters; null for a
 *     heading
 * @param sco whether it is a SCO (false: an asset, or a heading)
 * @param masteryScore SCORM 1.2's {@code adlcp:masteryscore} (0 to 100), or null
 * @param completionThreshold SCORM 2004's completion threshold (0 to 1), or null when completion is
 *     the SCO's own
 * @param scaledPassingScore SCORM 2004's minimum normalised measure of the primary objective when
 *     satisfied by measure (-1 to 1), or null
 * @param dataFromLms what the LMS gives the SCO at launch ({@code cmi.launch_data}), or null
 * @param visible whether the table of contents shows it
 * @param moveOn a cmi5 AU's rule for done (its {@code moveOn}: Passed, Completed...), or null for
 *     SCORM
 * @param ownWindow whether a cmi5 AU must open in a window of its own ({@code OwnWindow})
 * @param entitlementKey a cmi5 AU's entitlement key, given to it at launch, or null
 */
public record ScormItem(
    String identifier,
    String title,
    int depth,
    String launch,
    boolean sco,
    BigDecimal masteryScore,
    BigDecimal completionThreshold,
    BigDecimal scaledPassingScore,
    String dataFromLms,
    boolean visible,
    String moveOn,
    boolean ownWindow,
    String entitlementKey) {

  /** A SCORM item (none of cmi5's own fields). */
  public ScormItem(
      String identifier,
      String title,
      int depth,
      String launch,
      boolean sco,
      BigDecimal masteryScore,
      BigDecimal completionThreshold,
      BigDecimal scaledPassingScore,
      String dataFromLms,
      boolean visible) {
    this(
        identifier,
        title,
        depth,
        launch,
        sco,
        masteryScore,
        completionThreshold,
        scaledPassingScore,
        dataFromLms,
        visible,
        null,
        false,
        null);
  }

  public boolean isLaunchable() {
    return launch != null;
  }
}
