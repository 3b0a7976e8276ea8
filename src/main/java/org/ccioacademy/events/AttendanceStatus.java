package org.ccioacademy.events;

/**
 * How a trainee attended a session. Present, late and left early count as attendance; the session's
 * CPD hours count for present and late only (someone who left early claims their own hours in their
 * CPD portfolio).
 */
public enum AttendanceStatus {
  PRESENT("Present", true),
  LATE("Late", true),
  LEFT_EARLY("Left early", true),
  ABSENT("Absent", false),
  EXCUSED("Excused", false);

  private final String label;
  private final boolean attended;

  AttendanceStatus(String label, boolean attended) {
    this.label = label;
    this.attended = attended;
  }

  public String getLabel() {
    return label;
  }

  public boolean isAttended() {
    return attended;
  }

  /**
   * Present or late: the rule {@code session_attendance.attended} applies in SQL (R__events_facts).
   */
  public boolean countsForCpd() {
    return this == PRESENT || this == LATE;
  }
}
