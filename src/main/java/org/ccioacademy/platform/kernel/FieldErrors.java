package org.ccioacademy.platform.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Problems with what someone typed, field by field, in the order of the form. All of them are
 * reported at once.
 */
public final class FieldErrors {

  private final Map<String, String> byField = new LinkedHashMap<>();

  public void add(String field, String message) {
    byField.putIfAbsent(field, message);
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public String get(String field) {
    return byField.get(field);
  }

  /** Field name to message, in the order they were found. */
  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(byField);
  }

  @Override
  public String toString() {
    return byField.toString();
  }
}
