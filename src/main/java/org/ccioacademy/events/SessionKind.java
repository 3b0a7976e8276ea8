package org.ccioacademy.events;

/** The kinds of session an event has. */
public enum SessionKind {
  KEYNOTE("Keynote"),
  TALK("Talk"),
  WORKSHOP("Workshop"),
  PANEL("Panel"),
  SITE_VISIT("Site visit"),
  HACK_DAY("Hack day"),
  WEBINAR("Webinar"),
  OTHER("Other");

  private final String label;

  SessionKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
