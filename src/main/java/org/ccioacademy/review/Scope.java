package org.ccioacademy.review;

import java.util.Set;

/**
 * What a reviewer may see: trainees in any of {@code regions} or any of {@code organisations}. With
 * neither, every trainee (a national reviewer, or an admin).
 */
public record Scope(Set<String> regions, Set<String> organisations) {

  public static final Scope NATIONAL = new Scope(Set.of(), Set.of());

  public Scope {
    regions = Set.copyOf(regions);
    organisations = Set.copyOf(organisations);
  }

  public boolean isNational() {
    return regions.isEmpty() && organisations.isEmpty();
  }

  /** Whether a trainee of this region and organisation is inside. */
  public boolean covers(String region, String odsCode) {
    return isNational()
        || region != null && regions.contains(region)
        || odsCode != null && organisations.contains(odsCode);
  }
}
