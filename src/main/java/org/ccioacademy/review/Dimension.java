package org.ccioacademy.review;

import java.util.Locale;
import org.ccioacademy.identity.Grade;
import org.ccioacademy.identity.ProfessionalGroup;
import org.ccioacademy.identity.Region;

/**
 * A way of dividing trainees: by region, organisation (ODS code), professional group or grade. Each
 * is a column of {@code users}; a trainee counts where their profile says now.
 */
public enum Dimension {
  REGION("region", "Region"),
  ORGANISATION("ods_code", "Organisation"),
  GROUP("professional_group", "Professional group"),
  GRADE("grade", "Grade or band");

  private final String column;
  private final String label;

  Dimension(String column, String label) {
    this.column = column;
    this.label = label;
  }

  /** The column that holds it, in {@code users} and in the fact tables. */
  public String column() {
    return column;
  }

  public String getLabel() {
    return label;
  }

  /** A value as people read it: "North West", "Nurse", "Band 5"; an ODS code as it is. */
  public String describe(String value) {
    if (value == null) {
      return "Not given";
    }
    try {
      return switch (this) {
        case REGION -> Region.valueOf(value).getLabel();
        case GROUP -> ProfessionalGroup.valueOf(value).getLabel();
        case GRADE -> Grade.valueOf(value).getLabel();
        case ORGANISATION -> value.toUpperCase(Locale.UK);
      };
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  /** The named dimension, or null for none or an unknown name. */
  public static Dimension of(String name) {
    for (Dimension d : values()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    return null;
  }
}
