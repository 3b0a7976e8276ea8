package org.ccioacademy.voice;

/** What a clinical system is for, as trainees choose it from the list. */
public enum SystemKind {
  EPR("Electronic patient record"),
  GP("GP clinical system"),
  COMMUNITY("Community care system"),
  MENTAL_HEALTH("Mental health record"),
  PRESCRIBING("Prescribing and medicines"),
  RESULTS("Orders and results"),
  IMAGING("Imaging (PACS, RIS)"),
  OTHER("Other clinical system");

  private final String label;

  SystemKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
