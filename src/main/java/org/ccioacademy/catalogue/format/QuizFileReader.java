package org.ccioacademy.catalogue.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a module's quiz file ({@code <module>.quiz.yaml}): its questions of the five types, with
 * their options or answers, and its settings (how many questions to draw, a time limit). Every
 * problem is named by file, line and field, as for the course file.
 */
final class QuizFileReader {

  private static final Set<String> QUESTION_FIELDS =
      Set.of("id", "type", "text", "feedback", "options", "answer", "answers", "tolerance");

  private QuizFileReader() {}

  /** A quiz file's settings beside its questions. */
  record QuizRules(Integer draw, Integer timeLimitMinutes) {}

  /** Reads a quiz file's questions into {@code questions}, and returns its settings. */
  static QuizRules read(
      String file, String text, Problems problems, List<QuestionDefinition> questions) {
    YamlNode root = YamlNode.parse(text, file, 0, problems);
    if (!root.present() || !root.mapping(Set.of("questions", "draw", "time-limit-minutes"))) {
      return new QuizRules(null, null);
    }
    Integer draw = root.get("draw").present() ? root.get("draw").integer(1, 500) : null;
    Integer limit =
        root.get("time-limit-minutes").present()
            ? root.get("time-limit-minutes").integer(1, 600)
            : null;
    List<YamlNode> items =
        root.get("questions").requiredItems("a quiz needs at least one question");
    Set<String> ids = new HashSet<>();
    for (YamlNode q : items) {
      if (!q.mapping(QUESTION_FIELDS)) {
        continue;
      }
      String id = q.get("id").id();
      if (id != null && !ids.add(id)) {
        q.get("id").problem("question id \"" + id + "\" is used twice in this quiz");
      }
      YamlNode typeNode = q.get("type");
      String typeText = typeNode.text(20);
      QuestionType type = typeText == null ? null : QuestionType.fromFile(typeText);
      if (typeText != null && type == null) {
        typeNode.problem(
            "is \"" + typeText + "\"; use single, multiple, true-false, short-text or numeric");
      }
      String questionText = q.get("text").text(2000);
      String feedback = q.get("feedback").text(2000);
      if (type == null) {
        continue;
      }
      List<OptionDefinition> options = null;
      Boolean truth = null;
      List<String> answers = null;
      BigDecimal number = null;
      BigDecimal tolerance = null;
      for (String field : List.of("options", "answer", "answers", "tolerance")) {
        if (q.get(field).present() && !fieldsFor(type).contains(field)) {
          q.get(field).problem("is not used by a " + type.fileName() + " question");
        }
      }
      switch (type) {
        case SINGLE, MULTIPLE -> options = options(q.get("options"), type);
        case TRUE_FALSE -> truth = q.get("answer").bool();
        case SHORT_TEXT -> {
          answers = new ArrayList<>();
          for (YamlNode item : q.get("answers").requiredItems("list the accepted answers")) {
            String s = item.text(200);
            if (s != null) {
              answers.add(s);
            }
          }
        }
        case NUMERIC -> {
          number = q.get("answer").decimal();
          tolerance = q.get("tolerance").decimal();
          if (tolerance != null && tolerance.signum() < 0) {
            q.get("tolerance").problem("must be 0 or more");
          }
        }
      }
      questions.add(
          new QuestionDefinition(
              id, type, questionText, feedback, options, truth, answers, number, tolerance));
    }
    if (draw != null && draw > items.size()) {
      root.get("draw")
          .problem(
              "is "
                  + draw
                  + ", but the quiz has only "
                  + items.size()
                  + (items.size() == 1 ? " question" : " questions")
                  + " to draw from");
    }
    return new QuizRules(draw, limit);
  }

  private static Set<String> fieldsFor(QuestionType type) {
    return switch (type) {
      case SINGLE, MULTIPLE -> Set.of("options");
      case TRUE_FALSE -> Set.of("answer");
      case SHORT_TEXT -> Set.of("answers");
      case NUMERIC -> Set.of("answer", "tolerance");
    };
  }

  private static List<OptionDefinition> options(YamlNode node, QuestionType type) {
    List<OptionDefinition> options = new ArrayList<>();
    List<YamlNode> items = node.requiredItems("give 2 to 8 options");
    if (!items.isEmpty() && (items.size() < 2 || items.size() > 8)) {
      node.problem("has " + items.size() + " options; give 2 to 8");
    }
    int correct = 0;
    for (YamlNode o : items) {
      if (o.mapping(Set.of("text", "correct", "feedback"))) {
        String text = o.get("text").text(500);
        Boolean c = o.get("correct").bool(false);
        String feedback = o.get("feedback").optionalText(1000);
        if (Boolean.TRUE.equals(c)) {
          correct++;
        } else if (feedback == null) {
          o.problem(
              "a wrong option needs its \"feedback\": say why it is wrong, so that a trainee who"
                  + " chose it learns something");
        }
        if (text != null) {
          options.add(new OptionDefinition(text, Boolean.TRUE.equals(c), feedback));
        }
      }
    }
    if (type == QuestionType.SINGLE && correct != 1 && node.isSequence()) {
      node.problem(
          "a single-choice question needs exactly one correct option (this one has "
              + correct
              + ")");
    }
    if (type == QuestionType.MULTIPLE && correct == 0 && node.isSequence()) {
      node.problem("a multiple-choice question needs at least one correct option");
    }
    if (type == QuestionType.MULTIPLE
        && !items.isEmpty()
        && correct == items.size()
        && node.isSequence()) {
      node.problem(
          "every option of this multiple-choice question is correct; give at least one wrong"
              + " option, or ticking everything scores full marks");
    }
    return options;
  }
}
