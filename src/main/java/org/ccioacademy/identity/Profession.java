package org.ccioacademy.identity;

import java.util.Arrays;
import java.util.List;

/**
 * Professions, each in one professional group and registered with one regulator. The 14 allied
 * health professions are those NHS England lists (DOMAIN.md).
 */
public enum Profession {
  DOCTOR(ProfessionalGroup.DOCTOR, "Doctor", Regulator.GMC, null),

  NURSE(ProfessionalGroup.NURSE, "Nurse", Regulator.NMC, null),
  MIDWIFE(ProfessionalGroup.NURSE, "Midwife", Regulator.NMC, null),
  NURSING_ASSOCIATE(ProfessionalGroup.NURSE, "Nursing associate", Regulator.NMC, null),

  ART_THERAPIST(ProfessionalGroup.AHP, "Art therapist", Regulator.HCPC, "AS"),
  DIETITIAN(ProfessionalGroup.AHP, "Dietitian", Regulator.HCPC, "DT"),
  DRAMATHERAPIST(ProfessionalGroup.AHP, "Dramatherapist", Regulator.HCPC, "AS"),
  MUSIC_THERAPIST(ProfessionalGroup.AHP, "Music therapist", Regulator.HCPC, "AS"),
  OCCUPATIONAL_THERAPIST(ProfessionalGroup.AHP, "Occupational therapist", Regulator.HCPC, "OT"),
  OPERATING_DEPARTMENT_PRACTITIONER(
      ProfessionalGroup.AHP, "Operating department practitioner", Regulator.HCPC, "ODP"),
  ORTHOPTIST(ProfessionalGroup.AHP, "Orthoptist", Regulator.HCPC, "OR"),
  OSTEOPATH(ProfessionalGroup.AHP, "Osteopath", Regulator.GOSC, null),
  PARAMEDIC(ProfessionalGroup.AHP, "Paramedic", Regulator.HCPC, "PA"),
  PHYSIOTHERAPIST(ProfessionalGroup.AHP, "Physiotherapist", Regulator.HCPC, "PH"),
  PODIATRIST(ProfessionalGroup.AHP, "Podiatrist", Regulator.HCPC, "CH"),
  PROSTHETIST_ORTHOTIST(ProfessionalGroup.AHP, "Prosthetist or orthotist", Regulator.HCPC, "PO"),
  RADIOGRAPHER(
      ProfessionalGroup.AHP, "Radiographer (diagnostic or therapeutic)", Regulator.HCPC, "RA"),
  SPEECH_AND_LANGUAGE_THERAPIST(
      ProfessionalGroup.AHP, "Speech and language therapist", Regulator.HCPC, "SL"),

  PHARMACIST(ProfessionalGroup.OTHER, "Pharmacist", Regulator.GPHC, null),
  CLINICAL_SCIENTIST(ProfessionalGroup.OTHER, "Clinical scientist", Regulator.HCPC, "CS"),
  BIOMEDICAL_SCIENTIST(ProfessionalGroup.OTHER, "Biomedical scientist", Regulator.HCPC, "BS"),
  PRACTITIONER_PSYCHOLOGIST(
      ProfessionalGroup.OTHER, "Practitioner psychologist", Regulator.HCPC, "PYL"),
  MANAGER(ProfessionalGroup.OTHER, "Manager or administrator", Regulator.NONE, null),
  OTHER_PROFESSION(ProfessionalGroup.OTHER, "Other profession", Regulator.NONE, null);

  private final ProfessionalGroup group;
  private final String label;
  private final Regulator regulator;
  private final String hcpcPrefix;

  Profession(ProfessionalGroup group, String label, Regulator regulator, String hcpcPrefix) {
    this.group = group;
    this.label = label;
    this.regulator = regulator;
    this.hcpcPrefix = hcpcPrefix;
  }

  public ProfessionalGroup group() {
    return group;
  }

  public String getLabel() {
    return label;
  }

  public Regulator regulator() {
    return regulator;
  }

  public Regulator getRegulator() {
    return regulator;
  }

  /** The HCPC register prefix for this profession, or null when the HCPC does not register it. */
  public String hcpcPrefix() {
    return hcpcPrefix;
  }

  public static List<Profession> in(ProfessionalGroup group) {
    return Arrays.stream(values()).filter(p -> p.group == group).toList();
  }
}
