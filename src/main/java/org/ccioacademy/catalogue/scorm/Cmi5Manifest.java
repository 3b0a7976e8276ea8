package org.ccioacademy.catalogue.scorm;

import java.util.ArrayList;
import java.util.List;

/**
 * A cmi5 course structure as a package's table of contents, so that a cmi5 course is stored, listed
 * and played as any content package is: each block a heading (where it starts), each AU an item at
 * its block's depth with its URL, moveOn, mastery score (as the scaled passing score), launch
 * parameters (as the data the LMS gives), launch method and entitlement key.
 */
public final class Cmi5Manifest {

  private Cmi5Manifest() {}

  public static ScormManifest of(Cmi5Structure s) {
    List<ScormItem> items = new ArrayList<>();
    List<String> open = List.of();
    int headings = 0;
    for (Cmi5Structure.Au au : s.aus()) {
      List<String> blocks = au.blocks();
      int same = 0;
      while (same < open.size()
          && same < blocks.size()
          && open.get(same).equals(blocks.get(same))) {
        same++;
      }
      for (int depth = same; depth < blocks.size(); depth++) {
        headings++;
        items.add(
            new ScormItem(
                "block-" + headings,
                blocks.get(depth),
                depth,
                null,
                false,
                null,
                null,
                null,
                null,
                true));
      }
      open = blocks;
      items.add(
          new ScormItem(
              au.id(),
              au.englishTitle(),
              blocks.size(),
              au.url(),
              true,
              null,
              null,
              au.masteryScore(),
              au.launchParameters(),
              true,
              au.moveOn().xml(),
              au.ownWindow(),
              au.entitlementKey()));
    }
    return new ScormManifest(ScormVersion.CMI5, s.courseId(), s.englishTitle(), items);
  }
}
