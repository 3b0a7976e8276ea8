package org.ccioacademy.events;

/** The kinds of event the CCIO movement runs (DOMAIN.md, "Events and the summer school"). */
public enum EventKind {
  SUMMER_SCHOOL("Summer school"),
  REGIONAL("Regional event"),
  WEBINAR("Webinar");

  private final String label;

  EventKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
