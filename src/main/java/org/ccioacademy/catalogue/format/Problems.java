package org.ccioacademy.catalogue.format;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while reading files, in the order they were found. */
public final class Problems {

  private final List<Problem> list = new ArrayList<>();

  public void add(String file, int line, String field, String message) {
    list.add(new Problem(file, line, field, message));
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<Problem> list() {
    return List.copyOf(list);
  }
}
