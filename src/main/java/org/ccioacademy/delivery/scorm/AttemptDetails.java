package org.ccioacademy.delivery.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccioacademy.platform.database.Row;

/**
 * A trainee's attempts at a content package module as a tutor reads them: each attempt, each part
 * the trainee opened (its status, score, time and sessions) and the interactions the package
 * recorded (the question, its type, the trainee's response and its result).
 */
@ApplicationScoped
public class AttemptDetails {

  @PersistenceContext private EntityManager em;

  /** One interaction a package recorded. */
  public record Interaction(String id, String type, String response, String result, String when) {}

  /** One part of the package in one attempt. */
  public record Part(
      String item,
      String completion,
      String success,
      BigDecimal scoreRaw,
      Integer percent,
      String time,
      int sessions,
      OffsetDateTime satisfiedAt,
      List<Interaction> interactions) {}

  /** One attempt. */
  public record Attempt(
      int number,
      OffsetDateTime startedAt,
      OffsetDateTime updatedAt,
      OffsetDateTime completedAt,
      Integer scorePercent,
      List<Part> parts) {}

  private static final Pattern INTERACTION =
      Pattern.compile("^cmi\\.interactions\\.(\\d+)\\.(.+)$");

  /** The enrolment's attempts at the module, newest first. */
  public List<Attempt> of(long enrolmentId, String moduleCode) {
    List<Attempt> attempts = new ArrayList<>();
    for (Row a :
        Row.list(
            em.createNativeQuery(
                    "select id, number, started_at, updated_at, completed_at, score_percent"
                        + " from scorm_attempt where enrolment_id = ?1 and module_code = ?2"
                        + " order by number desc")
                .setParameter(1, enrolmentId)
                .setParameter(2, moduleCode))) {
      List<Part> parts = new ArrayList<>();
      for (Row s :
          Row.list(
              em.createNativeQuery(
                      "select item_identifier, completion, success, score_raw,"
                          + " round(score_scaled * 100)::int, total_seconds, sessions,"
                          + " satisfied_at, data::text from scorm_sco where attempt_id = ?1"
                          + " order by item_identifier")
                  .setParameter(1, a.longAt(0)))) {
        Integer pct = s.nullableIntAt(4);
        parts.add(
            new Part(
                s.stringAt(0),
                s.stringAt(1),
                s.stringAt(2),
                s.isNull(3) ? null : s.decimalAt(3),
                pct == null ? null : Math.max(0, pct),
                duration(s.decimalAt(5)),
                s.intAt(6),
                s.isNull(7) ? null : s.momentAt(7),
                interactions(ScormData.fromJson(s.stringAt(8)))));
      }
      attempts.add(
          new Attempt(
              a.intAt(1),
              a.momentAt(2),
              a.momentAt(3),
              a.isNull(4) ? null : a.momentAt(4),
              a.nullableIntAt(5),
              parts));
    }
    return attempts;
  }

  /** The interactions in a SCO's data, in their order (1.2 and 2004 names). */
  static List<Interaction> interactions(Map<String, String> data) {
    Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
    data.forEach(
        (k, v) -> {
          Matcher m = INTERACTION.matcher(k);
          if (m.matches()) {
            byIndex
                .computeIfAbsent(Integer.parseInt(m.group(1)), i -> new TreeMap<>())
                .put(m.group(2), v);
          }
        });
    List<Interaction> list = new ArrayList<>();
    for (Map<String, String> i : byIndex.values()) {
      list.add(
          new Interaction(
              i.getOrDefault("id", ""),
              i.getOrDefault("type", ""),
              i.getOrDefault("learner_response", i.getOrDefault("student_response", "")),
              i.getOrDefault("result", ""),
              i.getOrDefault("timestamp", i.getOrDefault("time", ""))));
    }
    return list;
  }

  /** "1 h 5 min", "4 min 12 s". */
  static String duration(BigDecimal seconds) {
    long s = seconds == null ? 0 : seconds.longValue();
    if (s >= 3600) {
      return s / 3600 + " h " + s / 60 % 60 + " min";
    }
    return s / 60 + " min " + s % 60 + " s";
  }
}
