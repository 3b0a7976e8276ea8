package org.ccioacademy.review;

import java.util.Set;

/**
 * What a reviewer may see: every trainee when {@code national}, else the trainees in any of {@code
 * regions} or any of {@code organisations}. With none of these, nobody: a reviewer sees no trainee
 * until an admin gives a scope.
 */
public record Scope(boolean national, Set<String> regions, Set<String> organisations) {

  /** Every trainee: an admin, or a reviewer an admin chose to give the whole country. */
  public static final Scope NATIONAL = new Scope(true, Set.of(), Set.of());

  /** Nobody: a reviewer not yet given a scope. */
  public static final Scope NONE = new Scope(false, Set.of(), Set.of());

  public Scope {
    regions = Set.copyOf(regions);
    organisations = Set.copyOf(organisations);
    if (national && !(regions.isEmpty() && organisations.isEmpty())) {
      throw new IllegalArgumentException("A national scope names no region or organisation");
    }
  }

  /** Trainees in any of these regions or organisations. */
  public static Scope of(Set<String> regions, Set<String> organisations) {
    return new Scope(false, regions, organisations);
  }

  public boolean isNational() {
    return national;
  }

  /** Whether this scope shows no trainee at all. */
  public boolean isNone() {
    return !national && regions.isEmpty() && organisations.isEmpty();
  }

  /** Whether a trainee of this region and organisation is inside. */
  public boolean covers(String region, String odsCode) {
    return national
        || region != null && regions.contains(region)
        || odsCode != null && organisations.contains(odsCode);
  }
}
