package org.ccioacademy.pathway;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ccioacademy.catalogue.format.CompetencyRef;
import org.ccioacademy.catalogue.format.Problems;
import org.ccioacademy.catalogue.format.YamlNode;

/**
 * Reads {@code courses/pathway.yaml}, reporting every problem with its line and field. Which
 * courses and competency domains exist is checked against what the caller knows ({@code courses},
 * {@code domains}), so a stage can never ask for something no one can do.
 */
public final class PathwayReader {

  public static final String FILE = "pathway.yaml";
  static final Set<String> EVENT_KINDS = Set.of("any", "summer-school", "regional", "webinar");
  private static final Set<String> TOP = Set.of("id", "title", "description", "stages");
  private static final Set<String> STAGE = Set.of("id", "title", "summary", "requires");
  private static final Set<String> REQUIRES =
      Set.of(
          "courses", "events", "cpd-hours", "participatory-hours", "competencies", "registration");

  private PathwayReader() {}

  /**
   * @param courses the ids of the courses in the catalogue
   * @param domains the competency domains known, as {@code framework:domain}
   * @return the pathway, or null when there is any problem (all of them in {@code problems})
   */
  public static PathwayDefinition read(
      String text, Set<String> courses, Set<String> domains, Problems problems) {
    Problems mine = new Problems();
    YamlNode root = YamlNode.parse(text, FILE, 0, mine);
    PathwayDefinition result = null;
    if (root.present() && root.mapping(TOP)) {
      String id = root.get("id").id();
      String title = root.get("title").text(200);
      String description = root.get("description").optionalText(4000);
      List<PathwayDefinition.Stage> stages = new ArrayList<>();
      Set<String> stageIds = new HashSet<>();
      for (YamlNode s : root.get("stages").requiredItems("list the pathway's stages in order")) {
        if (!s.mapping(STAGE)) {
          continue;
        }
        String sid = s.get("id").id();
        if (sid != null && !stageIds.add(sid)) {
          s.get("id").problem("stage \"" + sid + "\" is listed twice");
        }
        String st = s.get("title").text(200);
        String summary = s.get("summary").optionalText(2000);
        PathwayDefinition.Requirements r = requirements(s.get("requires"), courses, domains);
        if (sid != null && st != null && r != null) {
          stages.add(new PathwayDefinition.Stage(sid, st, summary, r));
        }
      }
      if (mine.isEmpty()) {
        result = new PathwayDefinition(id, title, description, List.copyOf(stages));
      }
    }
    mine.list().forEach(p -> problems.add(p.file(), p.line(), p.field(), p.message()));
    return mine.isEmpty() ? result : null;
  }

  private static PathwayDefinition.Requirements requirements(
      YamlNode r, Set<String> courses, Set<String> domains) {
    if (!r.present()) {
      r.problem("is required: say what meets the stage");
      return null;
    }
    if (!r.mapping(REQUIRES)) {
      return null;
    }
    List<String> courseIds = new ArrayList<>();
    for (YamlNode c : r.get("courses").items()) {
      String cid = c.id();
      if (cid != null && !courses.contains(cid)) {
        c.problem("no course has the id \"" + cid + "\"");
      } else if (cid != null && courseIds.contains(cid)) {
        c.problem("\"" + cid + "\" is listed twice");
      } else if (cid != null) {
        courseIds.add(cid);
      }
    }
    List<PathwayDefinition.EventRequirement> events = new ArrayList<>();
    for (YamlNode e : r.get("events").items()) {
      if (e.mapping(Set.of("kind", "count"))) {
        String kind = e.get("kind").text(30);
        if (kind != null && !EVENT_KINDS.contains(kind)) {
          e.get("kind").problem("is \"" + kind + "\"; it must be one of " + sorted(EVENT_KINDS));
          kind = null;
        }
        Integer count = e.get("count").integer(1, 100);
        if (kind != null && count != null) {
          events.add(new PathwayDefinition.EventRequirement(kind, count));
        }
      }
    }
    BigDecimal cpd = hours(r.get("cpd-hours"));
    BigDecimal participatory = hours(r.get("participatory-hours"));
    if (cpd != null && participatory != null && participatory.compareTo(cpd) > 0) {
      r.get("participatory-hours").problem("cannot be more than cpd-hours (" + cpd + ")");
    }
    List<CompetencyRef> competencies = new ArrayList<>();
    for (YamlNode c : r.get("competencies").items()) {
      String s = c.text(130);
      CompetencyRef ref = s == null ? null : CompetencyRef.parse(s);
      if (s != null && ref == null) {
        c.problem("\"" + s + "\" is not a competency reference such as fci:data-analytics");
      } else if (ref != null && !domains.contains(ref.domainKey())) {
        c.problem("no framework has the domain \"" + ref.domainKey() + "\"");
      } else if (ref != null) {
        competencies.add(ref);
      }
    }
    Boolean registration = r.get("registration").bool(false);
    return new PathwayDefinition.Requirements(
        List.copyOf(courseIds),
        List.copyOf(events),
        cpd == null ? BigDecimal.ZERO : cpd,
        participatory == null ? BigDecimal.ZERO : participatory,
        List.copyOf(competencies),
        Boolean.TRUE.equals(registration));
  }

  private static BigDecimal hours(YamlNode n) {
    if (!n.present()) {
      return null;
    }
    BigDecimal h = n.decimal();
    if (h != null && (h.signum() < 0 || h.compareTo(BigDecimal.valueOf(10000)) > 0)) {
      n.problem("must be between 0 and 10000 hours");
      return null;
    }
    return h;
  }

  private static String sorted(Set<String> s) {
    return String.join(", ", new TreeSet<>(s));
  }

  /** For tests and tools: the event kinds a requirement may name. */
  public static Map<String, String> eventKinds() {
    return Map.of(
        "any", "any event",
        "summer-school", "a summer school",
        "regional", "a regional event",
        "webinar", "a webinar");
  }
}
