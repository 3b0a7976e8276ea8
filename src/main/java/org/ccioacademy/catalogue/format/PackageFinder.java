package org.ccioacademy.catalogue.format;

import java.util.Map;
import java.util.Set;

/**
 * The content packages a course's modules may name: the zip files and folders of a course folder,
 * or those a course version already holds (when a course is edited in the browser).
 */
public interface PackageFinder {

  /** No packages at all. */
  PackageFinder NONE = of(Map.of());

  /** Every package's name (a zip file's or folder's), so that one no module names is reported. */
  Set<String> names();

  /**
   * The package called {@code name} (one of {@link #names()}), read and checked; null when it
   * cannot be used, with the reasons added to {@code problems}.
   */
  ContentRef read(String name, Problems problems);

  /** Packages already read and stored: their names and fingerprints. */
  static PackageFinder of(Map<String, String> shaByName) {
    Map<String, String> copy = Map.copyOf(shaByName);
    return new PackageFinder() {
      @Override
      public Set<String> names() {
        return copy.keySet();
      }

      @Override
      public ContentRef read(String name, Problems problems) {
        String sha = copy.get(name);
        return sha == null ? null : new ContentRef(name, sha);
      }
    };
  }
}
