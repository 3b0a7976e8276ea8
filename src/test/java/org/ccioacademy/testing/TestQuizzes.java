package org.ccioacademy.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Answers to a module's quiz, read from the database, as the quiz form's fields. */
public final class TestQuizzes {

  private TestQuizzes() {}

  /** Form fields answering every question of a module rightly (or all wrongly). */
  public static List<Map.Entry<String, String>> answers(String course, String module, boolean right)
      throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      return answers(c, course, module, right);
    }
  }

  /** The same, read through {@code c} (another server's database). */
  public static List<Map.Entry<String, String>> answers(
      Connection c, String course, String module, boolean right) throws SQLException {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "select q.id, q.type, q.truth, q.number,"
                + " (select string_agg(o.position::text, ',' order by o.position)"
                + "    from question_option o where o.question_id = q.id and o.correct),"
                + " (select string_agg(o.position::text, ',' order by o.position)"
                + "    from question_option o where o.question_id = q.id and not o.correct),"
                + " (select a.text from question_answer a where a.question_id = q.id"
                + "    order by a.position limit 1)"
                + " from question q join module m on m.id = q.module_id"
                + " join course c on c.current_version_id = m.course_version_id"
                + " where c.code = ? and m.code = ? order by q.position")) {
      q.setString(1, course);
      q.setString(2, module);
      try (ResultSet rs = q.executeQuery()) {
        int i = 0;
        while (rs.next()) {
          String prefix = "quiz:items:" + i++ + ":";
          String type = rs.getString(2);
          switch (type) {
            case "SINGLE" ->
                fields.add(
                    Map.entry(
                        prefix + "choice",
                        (right ? rs.getString(5) : rs.getString(6)).split(",")[0]));
            case "MULTIPLE" -> {
              // wrong: the incorrect options, or (when every option is right) just the first
              String chosen =
                  right ? rs.getString(5) : rs.getString(6) != null ? rs.getString(6) : "0";
              if (!right && rs.getString(6) == null && !rs.getString(5).contains(",")) {
                chosen = "";
              }
              for (String o : chosen.split(",")) {
                fields.add(Map.entry(prefix + "choices", o));
              }
            }
            case "TRUE_FALSE" ->
                fields.add(Map.entry(prefix + "choice", String.valueOf(rs.getBoolean(3) == right)));
            case "SHORT_TEXT" ->
                fields.add(Map.entry(prefix + "text", right ? rs.getString(7) : "not the answer"));
            case "NUMERIC" ->
                fields.add(
                    Map.entry(
                        prefix + "number",
                        right ? rs.getBigDecimal(4).toPlainString() : "-987654"));
            default -> throw new IllegalStateException(type);
          }
        }
      }
    }
    return fields;
  }
}
