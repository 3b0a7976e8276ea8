package org.ccioacademy.catalogue.format;

import java.util.Arrays;
import java.util.Optional;

/**
 * Something a module asks the trainee to do besides reading it and passing its quiz, written in the
 * module's header ({@code activity: rate-a-clinical-system}); the module is complete only once it
 * is done.
 */
public enum ModuleActivity {
  /** Rate a clinical system used at work with the System Usability Scale (the voice feature). */
  RATE_A_SYSTEM("rate-a-clinical-system", "Rate a clinical system you use at work");

  private final String written;
  private final String label;

  ModuleActivity(String written, String label) {
    this.written = written;
    this.label = label;
  }

  /** As written in a module's header. */
  public String written() {
    return written;
  }

  public String getLabel() {
    return label;
  }

  /** The activity written as {@code s} in a header, if there is one. */
  public static Optional<ModuleActivity> of(String s) {
    return Arrays.stream(values()).filter(a -> a.written.equals(s)).findFirst();
  }
}
