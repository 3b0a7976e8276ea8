package org.ccioacademy.platform.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two accounts of one person becoming one (identity's account merge), fired twice in the merging
 * transaction: first to {@link #check} (each feature names, in plain words, anything of the two
 * that cannot become one person's, such as both holding the same certificate; any refuses the
 * merge), then to {@link #move} (each feature moves its rows from the account that goes to the one
 * kept, and says how many). Features observe it synchronously.
 */
public final class PeopleMerging {

  /** Which round this is. */
  public enum Phase {
    CHECK,
    MOVE
  }

  private final long kept;
  private final long gone;
  private final Phase phase;
  private final List<String> conflicts = new ArrayList<>();
  private final Map<String, Integer> moved = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, String> singular = new LinkedHashMap<>();

  public PeopleMerging(long kept, long gone, Phase phase) {
    this.kept = kept;
    this.gone = gone;
    this.phase = phase;
  }

  public long kept() {
    return kept;
  }

  public long gone() {
    return gone;
  }

  public boolean isCheck() {
    return phase == Phase.CHECK;
  }

  public boolean isMove() {
    return phase == Phase.MOVE;
  }

  /** Something that stops the merge, in words for the administrator. */
  public void conflict(String message) {
    conflicts.add(message);
  }

  /** How many of a kind of thing moved, named in the singular and the plural, across features. */
  public void moved(String one, String many, int count) {
    if (count > 0) {
      moved.merge(many, count, Integer::sum);
      singular.put(many, one);
    }
  }

  /** What moved, in words, in alphabetical order: "1 certificate, 2 enrolments". */
  public String movedInWords() {
    StringBuilder words = new StringBuilder();
    moved.forEach(
        (many, n) ->
            words
                .append(words.length() == 0 ? "" : ", ")
                .append(n)
                .append(' ')
                .append(n == 1 ? singular.get(many) : many));
    return words.toString();
  }

  public List<String> conflicts() {
    return Collections.unmodifiableList(conflicts);
  }
}
