package org.ccioacademy.catalogue.scorm;

import java.math.BigDecimal;

/**
 * An item of a package's organisation, in the order of its table of contents: a heading ({@code
 * launch} null) or something to launch, a SCO (which talks to the run-time API) or an asset.
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
    boolean visible) {

  public boolean isLaunchable() {
    return launch != null;
  }
}
