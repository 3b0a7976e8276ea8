package org.ccioacademy.catalogue.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a competency framework file ({@code frameworks/<id>.yaml}), reporting every problem. */
public final class FrameworkReader {

  private static final Set<String> TOP =
      Set.of("id", "title", "publisher", "year", "url", "description", "levels", "domains");

  private FrameworkReader() {}

  /**
   * @param file the path relative to {@code courses/}, e.g. {@code frameworks/fci.yaml}
   * @return the framework, or null when any problem was found (all of them are in {@code problems})
   */
  public static FrameworkDefinition read(String file, String text, Problems problems) {
    Problems mine = new Problems();
    YamlNode root = YamlNode.parse(text, file, 0, mine);
    FrameworkDefinition result = null;
    if (root.present() && root.mapping(TOP)) {
      String id = root.get("id").id();
      String expected = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
      if (id != null && !id.equals(expected)) {
        root.get("id").problem("is \"" + id + "\" but the file is named " + expected + ".yaml");
      }
      String title = root.get("title").text(200);
      String publisher = root.get("publisher").text(200);
      YamlNode yearNode = root.get("year");
      Integer year = yearNode.present() ? yearNode.integer(1900, 2100) : null;
      String url = CourseReader.url(root.get("url"));
      String description = root.get("description").text(2000);
      List<FrameworkDefinition.Level> levels = new ArrayList<>();
      Set<Integer> levelIds = new HashSet<>();
      for (YamlNode l : root.get("levels").items()) {
        if (l.mapping(Set.of("id", "title", "description"))) {
          Integer lid = l.get("id").integer(1, 99);
          String lt = l.get("title").text(200);
          String ld = l.get("description").optionalText(2000);
          if (lid != null && !levelIds.add(lid)) {
            l.get("id").problem("level " + lid + " is listed twice");
          }
          if (lid != null && lt != null) {
            levels.add(new FrameworkDefinition.Level(lid, lt, ld));
          }
        }
      }
      List<FrameworkDefinition.Domain> domains = new ArrayList<>();
      Set<String> domainIds = new HashSet<>();
      YamlNode domainsNode = root.get("domains");
      if (!domainsNode.present()) {
        domainsNode.problem("is required: list the framework's domains");
      }
      for (YamlNode d : domainsNode.items()) {
        if (d.mapping(Set.of("id", "number", "title", "description"))) {
          String did = d.get("id").id();
          String number = d.get("number").optionalText(10);
          String dt = d.get("title").text(200);
          String dd = d.get("description").optionalText(2000);
          if (did != null && !domainIds.add(did)) {
            d.get("id").problem("domain \"" + did + "\" is listed twice");
          }
          if (did != null && dt != null) {
            domains.add(new FrameworkDefinition.Domain(did, number, dt, dd));
          }
        }
      }
      if (mine.isEmpty()) {
        result =
            new FrameworkDefinition(id, title, publisher, year, url, description, levels, domains);
      }
    }
    mine.list().forEach(p -> problems.add(p.file(), p.line(), p.field(), p.message()));
    return mine.isEmpty() ? result : null;
  }
}
