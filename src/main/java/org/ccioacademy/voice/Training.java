package org.ccioacademy.voice;

/** The training a rater had on the system, in their own words. */
public enum Training {
  NONE("None"),
  SOME("Some, but not enough"),
  ENOUGH("Enough to use it well");

  private final String label;

  Training(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
