package org.ccioacademy.catalogue.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.catalogue.format.OptionDefinition;
import org.ccioacademy.catalogue.format.QuestionDefinition;
import org.ccioacademy.catalogue.format.QuestionType;

/** One question as the quiz editor holds it while a tutor types. */
public class QuestionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One option of a choice question. */
  public static class Option implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;
    private boolean correct;
    private String feedback;

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public boolean isCorrect() {
      return correct;
    }

    public void setCorrect(boolean correct) {
      this.correct = correct;
    }

    public String getFeedback() {
      return feedback;
    }

    public void setFeedback(String feedback) {
      this.feedback = feedback;
    }
  }

  private String id;
  private QuestionType type;
  private String text;
  private String feedback;
  private final List<Option> options = new ArrayList<>();
  private String truth;
  private String answers;
  private String number;
  private String tolerance;

  static QuestionForm of(QuestionDefinition q) {
    QuestionForm f = new QuestionForm();
    f.id = q.id();
    f.type = q.type();
    f.text = q.text();
    f.feedback = q.feedback();
    for (OptionDefinition o : q.options()) {
      Option option = new Option();
      option.text = o.text();
      option.correct = o.correct();
      option.feedback = o.feedback();
      f.options.add(option);
    }
    f.truth = q.truth() == null ? null : q.truth().toString();
    f.answers = String.join("\n", q.answers());
    f.number = q.number() == null ? null : q.number().toPlainString();
    f.tolerance = q.tolerance() == null ? null : q.tolerance().toPlainString();
    return f;
  }

  static QuestionForm blank(String id, QuestionType type) {
    QuestionForm f = new QuestionForm();
    f.id = id;
    f.type = type;
    if (type.hasOptions()) {
      f.options.add(new Option());
      f.options.add(new Option());
    }
    if (type == QuestionType.NUMERIC) {
      f.tolerance = "0";
    }
    return f;
  }

  /**
   * The question as a definition; a number that is not one is reported in {@code problems} (with
   * the question's position) and left out.
   */
  QuestionDefinition toDefinition(int number, List<String> problems) {
    List<OptionDefinition> opts = new ArrayList<>();
    for (Option o : options) {
      if (o.text != null && !o.text.isBlank()) {
        opts.add(
            new OptionDefinition(
                o.text.strip(),
                o.correct,
                o.feedback == null || o.feedback.isBlank() ? null : o.feedback.strip()));
      }
    }
    return new QuestionDefinition(
        id,
        type,
        blank(text),
        blank(feedback),
        type.hasOptions() ? opts : List.of(),
        type == QuestionType.TRUE_FALSE && truth != null && !truth.isBlank()
            ? Boolean.valueOf(truth)
            : null,
        type == QuestionType.SHORT_TEXT ? Editors.lines(answers) : List.of(),
        type == QuestionType.NUMERIC ? decimal(this.number, number, "answer", problems) : null,
        type == QuestionType.NUMERIC ? decimal(tolerance, number, "tolerance", problems) : null);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static BigDecimal decimal(String s, int number, String what, List<String> problems) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(s.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      problems.add("Question " + number + ": the " + what + " \"" + s + "\" is not a number.");
      return null;
    }
  }

  public String getTypeLabel() {
    return switch (type) {
      case SINGLE -> "Single choice";
      case MULTIPLE -> "Multiple choice";
      case TRUE_FALSE -> "True or false";
      case SHORT_TEXT -> "Short text";
      case NUMERIC -> "Number";
    };
  }

  public String getId() {
    return id;
  }

  public String getType() {
    return type.name();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public List<Option> getOptions() {
    return options;
  }

  public String getTruth() {
    return truth;
  }

  public void setTruth(String truth) {
    this.truth = truth;
  }

  public String getAnswers() {
    return answers;
  }

  public void setAnswers(String answers) {
    this.answers = answers;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getTolerance() {
    return tolerance;
  }

  public void setTolerance(String tolerance) {
    this.tolerance = tolerance;
  }
}
