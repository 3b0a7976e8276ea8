package org.ccioacademy.catalogue.scorm;

/** The SCORM editions a content package may be written for. */
public enum ScormVersion {
  /** SCORM 1.2: the {@code API} run-time object and the cmi.core data model. */
  SCORM_12("SCORM 1.2"),
  /** SCORM 2004 3rd Edition (and the 2nd, "CAM 1.3"): {@code API_1484_11} and the cmi model. */
  SCORM_2004_3RD("SCORM 2004 3rd Edition"),
  /** SCORM 2004 4th Edition. */
  SCORM_2004_4TH("SCORM 2004 4th Edition");

  private final String label;

  ScormVersion(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  public boolean is2004() {
    return this != SCORM_12;
  }
}
