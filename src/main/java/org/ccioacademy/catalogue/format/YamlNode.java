package org.ccioacademy.catalogue.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML node read with its line number and its path in the document, with typed accessors that
 * record a {@link Problem} (file, line, field) instead of throwing. A missing node is represented
 * by an instance whose {@link #present()} is false, so accessors can be chained.
 */
public final class YamlNode {

  static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,59}");

  private final Node node;
  private final String path;
  private final String file;
  private final int lineOffset;
  private final int parentLine;
  private final Problems problems;

  private YamlNode(
      Node node, String path, String file, int lineOffset, int parentLine, Problems problems) {
    this.node = node;
    this.path = path;
    this.file = file;
    this.lineOffset = lineOffset;
    this.parentLine = parentLine;
    this.problems = problems;
  }

  /**
   * Parses one YAML document; a syntax error is recorded with its line and an absent node is
   * returned. {@code lineOffset} is added to line numbers (for a header inside a Markdown file).
   */
  public static YamlNode parse(String text, String file, int lineOffset, Problems problems) {
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(file).build();
      Optional<Node> root = new Compose(settings).composeString(text);
      if (root.isEmpty()) {
        problems.add(file, 0, "", "the file is empty");
        return new YamlNode(null, "", file, lineOffset, 0, problems);
      }
      return new YamlNode(root.get(), "", file, lineOffset, 0, problems);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1 + lineOffset).orElse(0);
      String what = e.getProblem() == null ? "is not valid YAML" : e.getProblem();
      problems.add(file, line, "", "this is not valid YAML (" + what + ")");
    } catch (YamlEngineException e) {
      problems.add(file, 0, "", "this is not valid YAML (" + e.getMessage() + ")");
    }
    return new YamlNode(null, "", file, lineOffset, 0, problems);
  }

  public boolean present() {
    return node != null;
  }

  public int line() {
    if (node == null) {
      return parentLine;
    }
    return node.getStartMark().map(Mark::getLine).map(l -> l + 1 + lineOffset).orElse(parentLine);
  }

  public String path() {
    return path;
  }

  public void problem(String message) {
    problems.add(file, line(), path, message);
  }

  public boolean isMapping() {
    return node instanceof MappingNode;
  }

  public boolean isSequence() {
    return node instanceof SequenceNode;
  }

  public boolean isScalar() {
    return node instanceof ScalarNode;
  }

  /** Requires this node to be a mapping whose keys are all among {@code allowed}. */
  public boolean mapping(Set<String> allowed) {
    if (node == null) {
      return false;
    }
    if (!(node instanceof MappingNode m)) {
      problem("should be a set of fields (key: value)");
      return false;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (NodeTuple t : m.getValue()) {
      YamlNode key = child(t.getKeyNode(), path);
      String k = key.scalarText();
      if (k == null) {
        key.problem("a field name must be plain text");
        continue;
      }
      String keyPath = join(k);
      if (!seen.add(k)) {
        problems.add(file, key.line(), keyPath, "this field is given twice");
      } else if (!allowed.contains(k)) {
        problems.add(
            file,
            key.line(),
            keyPath,
            "unknown field (expected one of " + String.join(", ", new TreeSet<>(allowed)) + ")");
      }
    }
    return true;
  }

  public YamlNode get(String key) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return new YamlNode(t.getValueNode(), join(key), file, lineOffset, line(), problems);
        }
      }
    }
    return new YamlNode(null, join(key), file, lineOffset, line(), problems);
  }

  /** The items of a sequence; a missing node gives an empty list, a scalar a problem. */
  public List<YamlNode> items() {
    List<YamlNode> items = new ArrayList<>();
    if (node == null) {
      return items;
    }
    if (!(node instanceof SequenceNode s)) {
      problem("should be a list");
      return items;
    }
    int i = 0;
    for (Node n : s.getValue()) {
      items.add(new YamlNode(n, path + "[" + i++ + "]", file, lineOffset, line(), problems));
    }
    return items;
  }

  /** The items of a list that must be present and not empty; {@code what} says what to list. */
  public List<YamlNode> requiredItems(String what) {
    if (node == null) {
      problem("is required: " + what);
      return List.of();
    }
    List<YamlNode> items = items();
    if (node instanceof SequenceNode && items.isEmpty()) {
      problem("is required: " + what);
    }
    return items;
  }

  /** A required, non-blank text of at most {@code max} characters (trimmed); null if invalid. */
  public String text(int max) {
    if (node == null) {
      problem("is required");
      return null;
    }
    String s = scalarText();
    if (s == null || isNull()) {
      problem(node instanceof ScalarNode ? "is required" : "should be text");
      return null;
    }
    s = s.strip();
    if (s.isEmpty()) {
      problem("must not be empty");
      return null;
    }
    if (s.length() > max) {
      problem("is " + s.length() + " characters long; the most allowed is " + max);
      return null;
    }
    return s;
  }

  /** Optional text: null when absent. */
  public String optionalText(int max) {
    return node == null || isNull() ? null : text(max);
  }

  public String id() {
    String s = text(60);
    if (s != null && !ID.matcher(s).matches()) {
      problem(
          "\""
              + s
              + "\" is not a valid id (lower-case letters, digits and hyphens, starting with a letter)");
      return null;
    }
    return s;
  }

  public Integer integer(int min, int max) {
    if (node == null) {
      problem("is required");
      return null;
    }
    String s = scalarText();
    if (s != null && s.strip().matches("-?\\d{1,9}")) {
      int v = Integer.parseInt(s.strip());
      if (v >= min && v <= max) {
        return v;
      }
      problem("is " + v + "; it must be between " + min + " and " + max);
      return null;
    }
    problem("should be a whole number between " + min + " and " + max);
    return null;
  }

  public BigDecimal decimal() {
    if (node == null) {
      problem("is required");
      return null;
    }
    String s = scalarText();
    try {
      if (s != null && !isNull()) {
        return new BigDecimal(s.strip());
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem("should be a number");
    return null;
  }

  public Boolean bool() {
    if (node == null) {
      problem("is required");
      return null;
    }
    String s = scalarText();
    if ("true".equals(s)) {
      return true;
    }
    if ("false".equals(s)) {
      return false;
    }
    problem("should be true or false");
    return null;
  }

  /** An optional boolean, {@code otherwise} when absent. */
  public Boolean bool(boolean otherwise) {
    return node == null ? Boolean.valueOf(otherwise) : bool();
  }

  private boolean isNull() {
    return node instanceof ScalarNode s
        && Tag.NULL.equals(s.getTag())
        && s.getScalarStyle().toString().equals("PLAIN");
  }

  private String scalarText() {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  private YamlNode child(Node n, String p) {
    return new YamlNode(n, p, file, lineOffset, line(), problems);
  }

  private String join(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
