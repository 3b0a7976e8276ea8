package org.ccioacademy.voice;

/** Whether a rater would recommend the system to another organisation. */
public enum Recommend {
  YES("Yes"),
  NO("No"),
  UNSURE("Not sure");

  private final String label;

  Recommend(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
