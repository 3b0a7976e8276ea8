package org.ccioacademy.catalogue.format;

import java.util.List;

/** A competency framework as written in {@code courses/frameworks/<id>.yaml}. */
public record FrameworkDefinition(
    String id,
    String title,
    String publisher,
    Integer year,
    String url,
    String description,
    List<Level> levels,
    List<Domain> domains) {

  public FrameworkDefinition {
    levels = List.copyOf(levels);
    domains = List.copyOf(domains);
  }

  /** A level of the framework (1, 2, ...). */
  public record Level(int id, String title, String description) {}

  /** A domain; {@code number} is the framework's own numbering, when it has one. */
  public record Domain(String id, String number, String title, String description) {}

  public boolean hasDomain(String domainId) {
    return domains.stream().anyMatch(d -> d.id().equals(domainId));
  }

  public boolean hasLevel(int level) {
    return levels.stream().anyMatch(l -> l.id() == level);
  }
}
