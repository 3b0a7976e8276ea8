package org.ccioacademy.catalogue.scorm;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ccioacademy.catalogue.format.Problems;

/**
 * Reads a cmi5 course structure ({@code cmi5.xml}, cmi5 section 13) and names every problem by file
 * and line as the course importer does: the course and each AU need an IRI id and a title, ids are
 * not repeated, an AU's URL is a file of the package or an absolute http(s) address, moveOn and
 * launchMethod take only the spec's values, masteryScore is from 0 to 1.
 */
public final class Cmi5Reader {

  /** The namespace of a course structure. */
  public static final String NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

  private final String file;
  private final Problems problems;
  private final Predicate<String> inPackage;
  private final Set<String> ids = new HashSet<>();

  private Cmi5Reader(String file, Problems problems, Predicate<String> inPackage) {
    this.file = file;
    this.problems = problems;
    this.inPackage = inPackage;
  }

  /**
   * Reads {@code xml} (named {@code file} in problems); {@code inPackage} says whether a path from
   * the package's root is one of its files. Null when the structure cannot be used.
   */
  public static Cmi5Structure read(
      String file, byte[] xml, Predicate<String> inPackage, Problems problems) {
    return new Cmi5Reader(file, problems, inPackage).read(xml);
  }

  private Cmi5Structure read(byte[] xml) {
    XmlTree.Element root;
    try {
      root = XmlTree.parse(xml);
    } catch (XmlTree.Malformed e) {
      problems.add(file, e.line(), "", e.getMessage());
      return null;
    }
    if (!root.name().equals("courseStructure")) {
      problems.add(file, root.line(), root.name(), "the root element must be <courseStructure>");
      return null;
    }
    int before = problems.list().size();
    XmlTree.Element course = root.child("course").orElse(null);
    if (course == null) {
      problems.add(file, root.line(), "course", "a course structure needs its <course>");
      return null;
    }
    String courseId = id(course, "course");
    Map<String, String> title = langstrings(course, "title", true);
    Map<String, String> description = langstrings(course, "description", false);
    List<Cmi5Structure.Au> aus = new ArrayList<>();
    units(root, List.of(), aus);
    if (aus.isEmpty()) {
      problems.add(file, root.line(), "au", "the course has no assignable unit (<au>)");
    }
    if (problems.list().size() > before) {
      return null;
    }
    return new Cmi5Structure(courseId, title, description, aus);
  }

  /** The AUs of an element (the root or a block), blocks descended in document order. */
  private void units(XmlTree.Element parent, List<String> blocks, List<Cmi5Structure.Au> out) {
    for (XmlTree.Element e : parent.children()) {
      if (e.name().equals("au")) {
        Cmi5Structure.Au au = au(e, blocks);
        if (au != null) {
          out.add(au);
        }
      } else if (e.name().equals("block")) {
        id(e, "block");
        Map<String, String> title = langstrings(e, "title", true);
        List<String> inner = new ArrayList<>(blocks);
        inner.add(Cmi5Structure.english(title));
        units(e, List.copyOf(inner), out);
      }
    }
  }

  private Cmi5Structure.Au au(XmlTree.Element e, List<String> blocks) {
    String id = id(e, "au");
    Map<String, String> title = langstrings(e, "title", true);
    if (Cmi5Structure.english(title).length() > 500) {
      problems.add(file, e.line(), "title", "the AU's title is over 500 characters");
    }
    Map<String, String> description = langstrings(e, "description", false);
    String url = e.child("url").map(XmlTree.Element::textValue).orElse("");
    if (url.isEmpty()) {
      problems.add(file, e.line(), "url", "the AU " + id + " has no <url> to launch");
    } else if (url.length() > 1500) {
      problems.add(file, e.line(), "url", "the AU's URL is over 1500 characters");
    } else if (isAbsolute(url)) {
      if (!url.startsWith("https://") && !url.startsWith("http://")) {
        problems.add(file, e.line(), "url", "the AU's URL must be http or https: " + url);
      }
    } else if (!inPackage.test(path(url))) {
      problems.add(file, e.line(), "url", "the AU's launch file is not in the package: " + url);
    }
    String moveOnText = e.attribute("moveOn").orElse("NotApplicable");
    Cmi5Structure.MoveOn moveOn = Cmi5Structure.MoveOn.of(moveOnText);
    if (moveOn == null) {
      problems.add(
          file,
          e.line(),
          "moveOn",
          "moveOn is NotApplicable, Passed, Completed, CompletedAndPassed or CompletedOrPassed,"
              + " not "
              + moveOnText);
    }
    BigDecimal mastery = null;
    String masteryText = e.attribute("masteryScore").orElse(null);
    if (masteryText != null) {
      try {
        mastery = new BigDecimal(masteryText.strip());
        if (mastery.signum() < 0 || mastery.compareTo(BigDecimal.ONE) > 0) {
          problems.add(
              file, e.line(), "masteryScore", "masteryScore is from 0 to 1, not " + masteryText);
        }
      } catch (NumberFormatException ex) {
        problems.add(
            file,
            e.line(),
            "masteryScore",
            "masteryScore is a number from 0 to 1, not " + masteryText);
      }
    }
    String entitlementKey = e.child("entitlementKey").map(XmlTree.Element::textValue).orElse(null);
    if (entitlementKey != null && entitlementKey.length() > 500) {
      problems.add(file, e.line(), "entitlementKey", "the entitlement key is over 500 characters");
    }
    String launchMethod = e.attribute("launchMethod").orElse("AnyWindow");
    if (!launchMethod.equals("AnyWindow") && !launchMethod.equals("OwnWindow")) {
      problems.add(
          file,
          e.line(),
          "launchMethod",
          "launchMethod is AnyWindow or OwnWindow, not " + launchMethod);
    }
    return new Cmi5Structure.Au(
        id,
        title,
        description,
        url,
        moveOn,
        mastery,
        launchMethod.equals("OwnWindow"),
        e.child("launchParameters").map(XmlTree.Element::textValue).orElse(null),
        entitlementKey,
        e.attribute("activityType").orElse(null),
        blocks);
  }

  private String id(XmlTree.Element e, String what) {
    String id = e.attribute("id").orElse("").strip();
    if (id.isEmpty()) {
      problems.add(file, e.line(), "id", "a <" + what + "> needs an id (an IRI)");
    } else if (id.length() > 255) {
      problems.add(
          file,
          e.line(),
          "id",
          "the " + what + "'s id is over 255 characters: " + id.substring(0, 60) + "…");
    } else if (!isAbsolute(id)) {
      problems.add(file, e.line(), "id", "the " + what + "'s id must be an IRI: " + id);
    } else if (!ids.add(id)) {
      problems.add(file, e.line(), "id", "the id " + id + " is used twice");
    }
    return id;
  }

  private Map<String, String> langstrings(XmlTree.Element e, String name, boolean required) {
    Map<String, String> out = new LinkedHashMap<>();
    e.child(name)
        .ifPresent(
            t -> {
              for (XmlTree.Element s : t.children("langstring")) {
                out.put(s.attribute("lang").orElse("und"), s.textValue().replaceAll("\\s+", " "));
              }
            });
    if (required && out.values().stream().allMatch(String::isBlank)) {
      problems.add(file, e.line(), name, "a <" + e.name() + "> needs a <" + name + ">");
    }
    return out;
  }

  /** The file a relative URL names, from the package's root (no query or fragment). */
  static String path(String url) {
    String p = url;
    int cut = p.indexOf('?');
    if (cut >= 0) {
      p = p.substring(0, cut);
    }
    cut = p.indexOf('#');
    if (cut >= 0) {
      p = p.substring(0, cut);
    }
    return p.startsWith("./") ? p.substring(2) : p;
  }

  static boolean isAbsolute(String s) {
    try {
      return new URI(s).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
