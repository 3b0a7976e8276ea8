package org.ccioacademy.identity;

import java.util.Arrays;
import java.util.List;

/** Doctors' training grades and Agenda for Change bands (DOMAIN.md, "People"). */
public enum Grade {
  FY1("FY1", Kind.DOCTOR),
  FY2("FY2", Kind.DOCTOR),
  CT1("CT1", Kind.DOCTOR),
  CT2("CT2", Kind.DOCTOR),
  CT3("CT3", Kind.DOCTOR),
  ST1("ST1", Kind.DOCTOR),
  ST2("ST2", Kind.DOCTOR),
  ST3("ST3", Kind.DOCTOR),
  ST4("ST4", Kind.DOCTOR),
  ST5("ST5", Kind.DOCTOR),
  ST6("ST6", Kind.DOCTOR),
  ST7("ST7", Kind.DOCTOR),
  ST8("ST8", Kind.DOCTOR),
  GPST1("GPST1", Kind.DOCTOR),
  GPST2("GPST2", Kind.DOCTOR),
  GPST3("GPST3", Kind.DOCTOR),
  SAS("SAS or specialty doctor", Kind.DOCTOR),
  CONSULTANT("Consultant", Kind.DOCTOR),
  GP("GP", Kind.DOCTOR),
  SHO("SHO (legacy grade)", Kind.DOCTOR),
  SPR("SpR (legacy grade)", Kind.DOCTOR),
  BAND_2("Band 2", Kind.BAND),
  BAND_3("Band 3", Kind.BAND),
  BAND_4("Band 4", Kind.BAND),
  BAND_5("Band 5", Kind.BAND),
  BAND_6("Band 6", Kind.BAND),
  BAND_7("Band 7", Kind.BAND),
  BAND_8A("Band 8a", Kind.BAND),
  BAND_8B("Band 8b", Kind.BAND),
  BAND_8C("Band 8c", Kind.BAND),
  BAND_8D("Band 8d", Kind.BAND),
  BAND_9("Band 9", Kind.BAND),
  NOT_APPLICABLE("Not on a grade or band", Kind.OTHER);

  private enum Kind {
    DOCTOR,
    BAND,
    OTHER
  }

  private final String label;
  private final Kind kind;

  Grade(String label, Kind kind) {
    this.label = label;
    this.kind = kind;
  }

  public String getLabel() {
    return label;
  }

  /** Whether someone in {@code group} can hold this grade. */
  public boolean appliesTo(ProfessionalGroup group) {
    return switch (group) {
      case DOCTOR -> kind == Kind.DOCTOR;
      case NURSE, AHP -> kind == Kind.BAND;
      case OTHER -> kind == Kind.BAND || kind == Kind.OTHER;
    };
  }

  public static List<Grade> forGroup(ProfessionalGroup group) {
    return Arrays.stream(values()).filter(g -> g.appliesTo(group)).toList();
  }
}
