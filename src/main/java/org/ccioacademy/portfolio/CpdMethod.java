package org.ccioacademy.portfolio;

/** How CPD was done (the NMC's "method"); participatory by default or not. */
public enum CpdMethod {
  COURSE("Course or e-learning", false),
  EVENT("Conference, event or workshop", true),
  READING("Reading or research", false),
  TEACHING("Teaching or presenting", true),
  DISCUSSION("Discussion, peer review or supervision", true),
  PROJECT("Project or audit work", false),
  OTHER("Other", false);

  private final String label;
  private final boolean usuallyParticipatory;

  CpdMethod(String label, boolean usuallyParticipatory) {
    this.label = label;
    this.usuallyParticipatory = usuallyParticipatory;
  }

  /** The label of a method by name (portfolio lines carry names), or the name if unknown. */
  public static String labelOf(String name) {
    for (CpdMethod m : values()) {
      if (m.name().equals(name)) {
        return m.label;
      }
    }
    return name;
  }

  public String getLabel() {
    return label;
  }

  public boolean isUsuallyParticipatory() {
    return usuallyParticipatory;
  }
}
