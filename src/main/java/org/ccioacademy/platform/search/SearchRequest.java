package org.ccioacademy.platform.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.platform.kernel.Caller;

/**
 * One search across the academy, fired as a CDI event: each feature that observes it adds what it
 * finds of its kinds (courses, modules, events; people for staff, within what each may see), at
 * most {@link #PER_KIND} of each, with how many there are in all.
 */
public final class SearchRequest {

  /** At most this many results of each kind are shown. */
  public static final int PER_KIND = 10;

  /** What was found, in the order the page shows them. */
  public enum Kind {
    COURSE("Courses"),
    MODULE("Modules"),
    EVENT("Events"),
    PERSON("People");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  /** One thing found: its title, a line about it, and its page (from the context root). */
  public record Hit(String title, String detail, String link) {}

  /** The things of one kind found, and how many match in all. */
  public record Found(Kind kind, long total, List<Hit> hits) {}

  private final String text;
  private final Caller caller;
  private final Map<Kind, Found> found = new EnumMap<>(Kind.class);

  /**
   * @param text the words searched for, stripped, not empty
   * @param caller who is searching, or null when nobody is signed in
   */
  public SearchRequest(String text, Caller caller) {
    this.text = text;
    this.caller = caller;
  }

  public String text() {
    return text;
  }

  /** Who is searching; null when nobody is signed in. */
  public Caller caller() {
    return caller;
  }

  /** Adds what was found of one kind. */
  public synchronized void found(Kind kind, long total, List<Hit> hits) {
    if (total > 0) {
      found.put(kind, new Found(kind, total, List.copyOf(hits)));
    }
  }

  /** Every kind with something found, in the page's order. */
  public synchronized List<Found> results() {
    return Collections.unmodifiableList(new ArrayList<>(found.values()));
  }
}
