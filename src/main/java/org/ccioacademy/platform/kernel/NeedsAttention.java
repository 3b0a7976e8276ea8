package org.ccioacademy.platform.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * What needs an administrator's attention, gathered for their home page: fired as a CDI event, and
 * each feature that observes it adds what is wrong on its side (emails that could not be sent,
 * courses that failed to import, reviewers with no scope), in words, with the page where it is put
 * right. Nothing added means all is well.
 */
public final class NeedsAttention {

  /** One thing to look at: a sentence, and the page (from the context root) to see it on. */
  public record Item(String sentence, String link) {}

  private final List<Item> items = new ArrayList<>();

  /** Adds a thing to look at; {@code link} starts with a slash, or is null. */
  public void add(String sentence, String link) {
    items.add(new Item(sentence, link));
  }

  public List<Item> items() {
    return List.copyOf(items);
  }
}
