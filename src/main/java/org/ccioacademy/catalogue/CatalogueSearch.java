package org.ccioacademy.catalogue;

import org.ccioacademy.catalogue.format.CourseLevel;
import org.ccioacademy.identity.ProfessionalGroup;

/**
 * What a trainee is looking for in the catalogue; every field is optional (null means any).
 *
 * @param text words in the title or summary
 * @param group courses written for this professional group
 * @param level the course level
 * @param domainKey a competency domain ({@code fci:data-analytics}) the course or a module maps to
 * @param maxHours at most this many CPD hours
 */
public record CatalogueSearch(
    String text, ProfessionalGroup group, CourseLevel level, String domainKey, Integer maxHours) {

  public static CatalogueSearch all() {
    return new CatalogueSearch(null, null, null, null, null);
  }
}
