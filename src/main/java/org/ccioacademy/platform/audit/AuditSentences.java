package org.ccioacademy.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Audit entries in sentences with people's names: the meaning of each action comes from {@code
 * sentences.properties}; names come from {@link PersonNames} (current names, so a person erased
 * since reads as such).
 */
@ApplicationScoped
public class AuditSentences {

  private static final String FILE = "/org/ccioacademy/platform/audit/sentences.properties";

  @Inject PersonNames people;

  private final Map<String, String> sentences = load();

  static Map<String, String> load() {
    Properties p = new Properties();
    try (InputStream in = AuditSentences.class.getResourceAsStream(FILE)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> m = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
    return m;
  }

  /** Every action with a sentence, by code: the audit log's filter choices. */
  public Map<String, String> actions() {
    return sentences;
  }

  /** The entries in sentences, in the same order. */
  public List<AuditLine> lines(Collection<AuditEntry> entries) {
    Set<Long> ids = new HashSet<>();
    for (AuditEntry e : entries) {
      if (e.getActorId() != null) {
        ids.add(e.getActorId());
      }
      if (isPerson(e)) {
        ids.add(Long.parseLong(e.getTargetId()));
      }
    }
    Map<Long, String> names = ids.isEmpty() ? Map.of() : people.names(ids);
    return entries.stream().map(e -> line(e, names)).toList();
  }

  private AuditLine line(AuditEntry e, Map<Long, String> names) {
    String who =
        e.getActorId() == null
            ? "The system"
            : names.getOrDefault(e.getActorId(), "account " + e.getActorId());
    String target = target(e, names);
    String template = sentences.get(e.getAction());
    String sentence =
        template == null
            ? who + ": " + e.getAction().replace('.', ' ').replace('-', ' ') + " (" + target + ")"
            : who + " " + template.replace("{target}", target);
    return new AuditLine(
        e.getId(),
        e.getOccurredAt(),
        who,
        sentence,
        e.getAction(),
        e.getBefore(),
        e.getAfter(),
        e.getRowCount(),
        e.getRequestId());
  }

  private static String target(AuditEntry e, Map<Long, String> names) {
    String label = e.getTargetLabel();
    if (isPerson(e)) {
      String name = names.get(Long.parseLong(e.getTargetId()));
      if (name != null) {
        return label == null || label.equals(name) ? name : name + " (" + label + ")";
      }
    }
    if (label != null && !label.isBlank()) {
      return label;
    }
    return e.getTargetId() == null ? e.getTargetType() : e.getTargetType() + " " + e.getTargetId();
  }

  private static boolean isPerson(AuditEntry e) {
    return "user".equals(e.getTargetType())
        && e.getTargetId() != null
        && e.getTargetId().matches("\\d{1,18}");
  }
}
