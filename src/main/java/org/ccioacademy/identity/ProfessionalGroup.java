package org.ccioacademy.identity;

/** The professional groups CCIO Academy serves (DOMAIN.md, "People"). */
public enum ProfessionalGroup {
  DOCTOR("Doctor"),
  NURSE("Nurse, midwife or nursing associate"),
  AHP("Allied health professional"),
  OTHER("Other (pharmacist, scientist, manager and others)");

  private final String label;

  ProfessionalGroup(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
