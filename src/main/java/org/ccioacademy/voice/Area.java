package org.ccioacademy.voice;

import java.util.Objects;
import org.ccioacademy.identity.Region;

/**
 * Where figures are drawn from: the whole country, one NHS England region, or one organisation (by
 * ODS code), taken from the rater's profile at the time they rated.
 */
public record Area(Kind kind, String code) {

  /** How wide an area is. */
  public enum Kind {
    NATIONAL,
    REGION,
    ORGANISATION
  }

  public static final Area NATIONAL = new Area(Kind.NATIONAL, "");

  public Area {
    Objects.requireNonNull(kind, "kind");
    code = kind == Kind.NATIONAL ? "" : Objects.requireNonNull(code, "code");
  }

  public static Area region(Region region) {
    return new Area(Kind.REGION, region.name());
  }

  public static Area organisation(String odsCode) {
    return new Area(Kind.ORGANISATION, odsCode);
  }

  /** "England", "London", "organisation RGT". */
  public String label() {
    return switch (kind) {
      case NATIONAL -> "England";
      case REGION -> regionLabel(code);
      case ORGANISATION -> "Organisation " + code;
    };
  }

  /** A region's name from its code, or the code when it is not one. */
  public static String regionLabel(String code) {
    for (Region r : Region.values()) {
      if (r.name().equals(code)) {
        return r.getLabel();
      }
    }
    return code;
  }

  /** The condition on a rating {@code r} (with the area as parameters ?1 and ?2). */
  static final String WHERE =
      "(?1 = 'NATIONAL' or (?1 = 'REGION' and r.region = ?2)"
          + " or (?1 = 'ORGANISATION' and r.ods_code = ?2))";
}
