package org.ccioacademy.pathway;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.catalogue.format.CompetencyRef;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a pathway in the form of {@code courses/pathway.yaml} (docs/course-format.md), for the
 * form-based editor: what it writes reads back as the same pathway. Requirements left empty are
 * left out; comments in a file written by hand are not kept.
 */
public final class PathwayWriter {

  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setWidth(100)
          .build();

  private PathwayWriter() {}

  public static String write(PathwayDefinition p) {
    Map<String, Object> root = new LinkedHashMap<>();
    put(root, "id", p.id());
    put(root, "title", p.title());
    put(root, "description", p.description());
    List<Object> stages = new ArrayList<>();
    for (PathwayDefinition.Stage s : p.stages()) {
      Map<String, Object> stage = new LinkedHashMap<>();
      put(stage, "id", s.id());
      put(stage, "title", s.title());
      put(stage, "summary", s.summary());
      stage.put("requires", requires(s.requires()));
      stages.add(stage);
    }
    root.put("stages", stages);
    return "# The CCIO career path (docs/course-format.md, \"The career pathway\"), written by the"
        + " pathway form.\n"
        + new Dump(SETTINGS).dumpToString(root);
  }

  private static Map<String, Object> requires(PathwayDefinition.Requirements r) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!r.courses().isEmpty()) {
      m.put("courses", List.copyOf(r.courses()));
    }
    if (!r.events().isEmpty()) {
      List<Object> events = new ArrayList<>();
      for (PathwayDefinition.EventRequirement e : r.events()) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("kind", e.kind());
        event.put("count", e.count());
        events.add(event);
      }
      m.put("events", events);
    }
    putHours(m, "cpd-hours", r.cpdHours());
    putHours(m, "participatory-hours", r.participatoryHours());
    if (!r.competencies().isEmpty()) {
      m.put("competencies", r.competencies().stream().map(CompetencyRef::toString).toList());
    }
    if (r.registration()) {
      m.put("registration", true);
    }
    return m;
  }

  /** Hours as YAML numbers (whole hours as integers), left out when none are needed. */
  private static void putHours(Map<String, Object> m, String key, BigDecimal hours) {
    if (hours == null || hours.signum() == 0) {
      return;
    }
    BigDecimal plain = hours.stripTrailingZeros();
    m.put(key, plain.scale() <= 0 ? (Object) plain.intValueExact() : (Object) plain.doubleValue());
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
