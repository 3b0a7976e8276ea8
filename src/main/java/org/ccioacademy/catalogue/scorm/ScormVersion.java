package org.ccioacademy.catalogue.scorm;

/** The standards a content package may be written for: the SCORM editions and cmi5. */
public enum ScormVersion {
  /** SCORM 1.2: the {@code API} run-time object and the cmi.core data model. */
  SCORM_12("SCORM 1.2"),
  /** SCORM 2004 3rd Edition (and the 2nd, "CAM 1.3"): {@code API_1484_11} and the cmi model. */
  SCORM_2004_3RD("SCORM 2004 3rd Edition"),
  /** SCORM 2004 4th Edition. */
  SCORM_2004_4TH("SCORM 2004 4th Edition"),
  /** cmi5: a course structure ({@code cmi5.xml}) whose AUs report to the LRS in xAPI. */
  CMI5("cmi5");

  private final String label;

  ScormVersion(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  public boolean is2004() {
    return this == SCORM_2004_3RD || this == SCORM_2004_4TH;
  }

  /** Whether the package is a cmi5 course (launched with the LRS, not the SCORM run-time API). */
  public boolean isCmi5() {
    return this == CMI5;
  }
}
