package org.ccioacademy.catalogue.scorm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.ccioacademy.catalogue.format.Problems;

/**
 * Reads a content package's {@code imsmanifest.xml} (SCORM 1.2, SCORM 2004 3rd and 4th Edition):
 * the edition, the default organisation and its items, each item's launch file (with {@code
 * xml:base} and parameters applied), and the rules completion depends on (1.2's mastery score,
 * 2004's completion threshold and scaled passing score). Every problem is named by file and line,
 * as the course importer names them. Packages are untrusted: a launch file must be a path inside
 * the package, present in it.
 */
public final class ManifestReader {

  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private final String file;
  private final Problems problems;
  private final Predicate<String> inPackage;

  private ManifestReader(String file, Problems problems, Predicate<String> inPackage) {
    this.file = file;
    this.problems = problems;
    this.inPackage = inPackage;
  }

  /**
   * Reads the manifest {@code xml} (named {@code file} in problems); {@code inPackage} says whether
   * a path (from the package's root) is a file of the package. Returns null when the package cannot
   * be used; its problems are then in {@code problems}.
   */
  public static ScormManifest read(
      String file, byte[] xml, Predicate<String> inPackage, Problems problems) {
    return new ManifestReader(file, problems, inPackage).read(xml);
  }

  private ScormManifest read(byte[] xml) {
    XmlTree.Element root;
    try {
      root = XmlTree.parse(xml);
    } catch (XmlTree.Malformed e) {
      problems.add(file, e.line(), "", e.getMessage());
      return null;
    }
    if (!root.name().equals("manifest")) {
      problems.add(file, root.line(), root.name(), "the root element must be <manifest>");
      return null;
    }
    int before = problems.list().size();
    ScormVersion version = version(root);
    String identifier = root.attribute("identifier").orElse("");
    Map<String, XmlTree.Element> resources = resources(root);
    String base = base(root);
    XmlTree.Element organisation = organisation(root);
    List<ScormItem> items = new ArrayList<>();
    String title = "";
    if (organisation != null) {
      title = title(organisation, "organization");
      int beforeItems = problems.list().size();
      for (XmlTree.Element item : organisation.children("item")) {
        item(item, 0, resources, base, root, items);
      }
      // said only when no item's own problem explains it
      if (items.stream().noneMatch(ScormItem::isLaunchable)
          && problems.list().size() == beforeItems) {
        problems.add(
            file,
            organisation.line(),
            "organization",
            "has nothing to launch: no item refers to a resource with a launch file");
      }
    }
    if (version == null || problems.list().size() > before) {
      return null;
    }
    return new ScormManifest(version, identifier, title, items);
  }

  private ScormVersion version(XmlTree.Element root) {
    Optional<XmlTree.Element> schema =
        root.child("metadata").flatMap(m -> m.child("schemaversion"));
    if (schema.isPresent()) {
      String v = schema.get().textValue();
      switch (v.toLowerCase(Locale.ROOT)) {
        case "1.2":
          return ScormVersion.SCORM_12;
        case "cam 1.3", "2004 2nd edition", "2004 3rd edition":
          return ScormVersion.SCORM_2004_3RD;
        case "2004 4th edition":
          return ScormVersion.SCORM_2004_4TH;
        default:
          problems.add(
              file,
              schema.get().line(),
              "schemaversion",
              "is \""
                  + v
                  + "\"; a package must be SCORM 1.2 (1.2) or SCORM 2004 (2004 3rd Edition, 2004"
                  + " 4th Edition)");
          return null;
      }
    }
    // no metadata: the namespaces say which edition it was written for
    String all = String.join(" ", namespaces(root));
    if (all.contains("adlcp_rootv1p2")) {
      return ScormVersion.SCORM_12;
    }
    if (all.contains("adlcp_v1p3")) {
      return ScormVersion.SCORM_2004_3RD;
    }
    problems.add(
        file,
        root.line(),
        "metadata",
        "says neither in <schemaversion> nor by its namespaces whether it is SCORM 1.2 or 2004");
    return null;
  }

  private static List<String> namespaces(XmlTree.Element e) {
    List<String> found = new ArrayList<>();
    found.add(e.namespace());
    found.addAll(e.namespacedAttributes().keySet());
    for (XmlTree.Element c : e.children()) {
      found.addAll(namespaces(c));
    }
    return found;
  }

  private XmlTree.Element organisation(XmlTree.Element root) {
    Optional<XmlTree.Element> organisations = root.child("organizations");
    List<XmlTree.Element> all =
        organisations.map(o -> o.children("organization")).orElse(List.of());
    if (all.isEmpty()) {
      problems.add(
          file,
          organisations.map(XmlTree.Element::line).orElse(root.line()),
          "organizations",
          "has no <organization>: a package to take as a module needs one");
      return null;
    }
    Optional<String> chosen = organisations.get().attribute("default");
    if (chosen.isEmpty()) {
      return all.get(0);
    }
    return all.stream()
        .filter(o -> chosen.get().equals(o.attribute("identifier").orElse(null)))
        .findFirst()
        .orElseGet(
            () -> {
              problems.add(
                  file,
                  organisations.get().line(),
                  "default",
                  "names \"" + chosen.get() + "\", but no <organization> has that identifier");
              return null;
            });
  }

  private Map<String, XmlTree.Element> resources(XmlTree.Element root) {
    Map<String, XmlTree.Element> byId = new HashMap<>();
    for (XmlTree.Element r :
        root.child("resources").map(x -> x.children("resource")).orElse(List.of())) {
      r.attribute("identifier").ifPresent(id -> byId.put(id, r));
    }
    return byId;
  }

  private void item(
      XmlTree.Element item,
      int depth,
      Map<String, XmlTree.Element> resources,
      String base,
      XmlTree.Element root,
      List<ScormItem> items) {
    String id = item.attribute("identifier").orElse("");
    if (id.isBlank() || id.length() > 255) {
      problems.add(
          file,
          item.line(),
          "identifier",
          id.isBlank()
              ? "an <item> has no identifier"
              : "item \"" + id.substring(0, 40) + "…\" has an identifier over 255 characters");
    } else if (items.stream().anyMatch(i -> i.identifier().equals(id))) {
      problems.add(file, item.line(), "identifier", "two items have the identifier \"" + id + "\"");
    }
    String title = title(item, "item " + id);
    if (title.length() > 500) {
      title = title.substring(0, 499) + "…";
    }
    boolean visible = !"false".equalsIgnoreCase(item.attribute("isvisible").orElse("true"));
    Optional<String> ref = item.attribute("identifierref");
    String launch = null;
    boolean sco = false;
    if (ref.isPresent()) {
      XmlTree.Element resource = resources.get(ref.get());
      if (resource == null) {
        problems.add(
            file,
            item.line(),
            "identifierref",
            "of item \""
                + id
                + "\" is \""
                + ref.get()
                + "\", but no <resource> has that identifier");
      } else {
        launch = launch(item, resource, base, root);
        // adlcp:scormtype in 1.2, adlcp:scormType in 2004; neither means an asset
        String type =
            resource
                .attribute("scormType")
                .or(() -> resource.attribute("scormtype"))
                .orElse("asset");
        sco = "sco".equalsIgnoreCase(type);
      }
    }
    items.add(
        new ScormItem(
            id,
            title,
            depth,
            launch,
            sco,
            masteryScore(item),
            completionThreshold(item),
            scaledPassingScore(item),
            item.child("datafromlms")
                .or(() -> item.child("dataFromLMS"))
                .map(XmlTree.Element::textValue)
                .orElse(null),
            visible));
    for (XmlTree.Element child : item.children("item")) {
      item(child, depth + 1, resources, base, root, items);
    }
  }

  private String title(XmlTree.Element e, String what) {
    String t = e.child("title").map(XmlTree.Element::textValue).orElse("");
    if (t.isEmpty()) {
      problems.add(file, e.line(), "title", what + " has no <title>");
    }
    return t;
  }

  /** The manifest's own xml:base, if any. */
  private static String base(XmlTree.Element root) {
    return root.attribute(XML_NS, "base").orElse("");
  }

  /** The launch path of an item: bases, the resource's href and the item's parameters. */
  private String launch(
      XmlTree.Element item, XmlTree.Element resource, String base, XmlTree.Element root) {
    Optional<String> href = resource.attribute("href");
    if (href.isEmpty() || href.get().isBlank()) {
      problems.add(
          file,
          resource.line(),
          "href",
          "resource \""
              + resource.attribute("identifier").orElse("")
              + "\" has no href: nothing to launch");
      return null;
    }
    String resourcesBase =
        root.child("resources").flatMap(r -> r.attribute(XML_NS, "base")).orElse("");
    String path =
        base + resourcesBase + resource.attribute(XML_NS, "base").orElse("") + href.get().strip();
    String withoutQuery = path.replaceAll("[?#].*$", "");
    String problem = PackagePaths.problem(withoutQuery);
    if (problem != null) {
      problems.add(file, resource.line(), "href", "\"" + path + "\" " + problem);
      return null;
    }
    String normal = PackagePaths.normalise(withoutQuery);
    if (!inPackage.test(normal)) {
      problems.add(
          file,
          resource.line(),
          "href",
          "the launch file \"" + normal + "\" is not in the package");
      return null;
    }
    String launch = normal + path.substring(withoutQuery.length());
    if (launch.length() > 1500) {
      problems.add(file, resource.line(), "href", "the launch address is over 1500 characters");
      return null;
    }
    String parameters = item.attribute("parameters").orElse("").strip();
    if (parameters.isEmpty()) {
      return launch;
    }
    if (parameters.startsWith("?") && launch.contains("?")) {
      parameters = "&" + parameters.substring(1);
    } else if (!parameters.startsWith("?") && !parameters.startsWith("#")) {
      parameters = (launch.contains("?") ? "&" : "?") + parameters;
    }
    return launch + parameters;
  }

  /** SCORM 1.2: adlcp:masteryscore, 0 to 100. */
  private BigDecimal masteryScore(XmlTree.Element item) {
    return item.child("masteryscore")
        .map(m -> number(m, "masteryscore", BigDecimal.ZERO, BigDecimal.valueOf(100)))
        .orElse(null);
  }

  /**
   * SCORM 2004: adlcp:completionThreshold, a number 0 to 1 in the 3rd Edition, or the 4th Edition's
   * attributes (completedByMeasure, minProgressMeasure, 1.0 when not given).
   */
  private BigDecimal completionThreshold(XmlTree.Element item) {
    Optional<XmlTree.Element> t = item.child("completionThreshold");
    if (t.isEmpty()) {
      return null;
    }
    XmlTree.Element e = t.get();
    if (e.attribute("completedByMeasure").isPresent()
        || e.attribute("minProgressMeasure").isPresent()) {
      if (!"true".equalsIgnoreCase(e.attribute("completedByMeasure").orElse("false"))) {
        return null;
      }
      String min = e.attribute("minProgressMeasure").orElse("1.0");
      return parse(e, "minProgressMeasure", min, BigDecimal.ZERO, BigDecimal.ONE);
    }
    if (e.textValue().isEmpty()) {
      return null;
    }
    return number(e, "completionThreshold", BigDecimal.ZERO, BigDecimal.ONE);
  }

  /**
   * SCORM 2004: the primary objective's minNormalizedMeasure (1.0 when not given) when it is
   * satisfied by measure, else null.
   */
  private BigDecimal scaledPassingScore(XmlTree.Element item) {
    Optional<XmlTree.Element> primary =
        item.child("sequencing")
            .flatMap(s -> s.child("objectives"))
            .flatMap(o -> o.child("primaryObjective"));
    if (primary.isEmpty()
        || !"true".equalsIgnoreCase(primary.get().attribute("satisfiedByMeasure").orElse(""))) {
      return null;
    }
    return primary
        .get()
        .child("minNormalizedMeasure")
        .map(m -> number(m, "minNormalizedMeasure", BigDecimal.ONE.negate(), BigDecimal.ONE))
        .orElse(BigDecimal.ONE);
  }

  private BigDecimal number(XmlTree.Element e, String field, BigDecimal min, BigDecimal max) {
    return parse(e, field, e.textValue(), min, max);
  }

  private BigDecimal parse(
      XmlTree.Element e, String field, String text, BigDecimal min, BigDecimal max) {
    try {
      BigDecimal v = new BigDecimal(text.strip());
      if (v.compareTo(min) >= 0 && v.compareTo(max) <= 0) {
        return v;
      }
    } catch (NumberFormatException ignored) {
      // named below
    }
    problems.add(
        file,
        e.line(),
        field,
        "is \""
            + text.strip()
            + "\"; it must be a number from "
            + min.toPlainString()
            + " to "
            + max.toPlainString());
    return null;
  }
}
