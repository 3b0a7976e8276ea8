package org.ccioacademy.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.CompetencyDomain;
import org.ccioacademy.catalogue.CompetencyFramework;
import org.ccioacademy.catalogue.CompetencyLevel;

/** Small helpers shared by the course and module editors. */
final class Editors {

  private Editors() {}

  /** Every competency reference an editor can choose, with a label, framework by framework. */
  static List<Map.Entry<String, String>> competencyChoices(Catalogue catalogue) {
    List<Map.Entry<String, String>> choices = new ArrayList<>();
    for (CompetencyFramework f : catalogue.frameworks()) {
      String name = f.getCode().toUpperCase();
      for (CompetencyDomain d : f.getDomains()) {
        if (d.isRetired()) {
          continue;
        }
        if (f.getLevels().isEmpty()) {
          choices.add(Map.entry(name + " " + d.getLabel(), d.getDomainKey()));
        } else {
          for (CompetencyLevel l : f.getLevels()) {
            choices.add(
                Map.entry(
                    name + " " + d.getLabel() + ", level " + l.getNumber(),
                    d.getDomainKey() + "@" + l.getNumber()));
          }
        }
      }
    }
    return choices;
  }

  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    if (text != null) {
      for (String line : text.split("\\R")) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
    }
    return lines;
  }
}
