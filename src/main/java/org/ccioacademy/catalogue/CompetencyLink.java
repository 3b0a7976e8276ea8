package org.ccioacademy.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.ccioacademy.catalogue.format.CompetencyRef;

/** A course's or module's link to a competency framework domain, optionally at a level. */
@Embeddable
public class CompetencyLink {

  @Column(name = "domain_key", nullable = false, length = 125)
  private String domainKey;

  @Column(name = "level_no")
  private Integer level;

  protected CompetencyLink() {}

  CompetencyLink(CompetencyRef ref) {
    this.domainKey = ref.domainKey();
    this.level = ref.level();
  }

  public String getDomainKey() {
    return domainKey;
  }

  public Integer getLevel() {
    return level;
  }

  CompetencyRef toRef() {
    int colon = domainKey.indexOf(':');
    return new CompetencyRef(domainKey.substring(0, colon), domainKey.substring(colon + 1), level);
  }

  @Override
  public String toString() {
    return toRef().toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompetencyLink l
        && domainKey.equals(l.domainKey)
        && Objects.equals(level, l.level);
  }

  @Override
  public int hashCode() {
    return Objects.hash(domainKey, level);
  }
}
