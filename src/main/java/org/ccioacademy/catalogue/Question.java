package org.ccioacademy.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.ccioacademy.catalogue.format.OptionDefinition;
import org.ccioacademy.catalogue.format.QuestionDefinition;
import org.ccioacademy.catalogue.format.QuestionType;

/**
 * A quiz question of one module version. It marks a response itself ({@link #accepts}), so marking
 * happens only on the server and the right answer never has to be sent to the browser first.
 *
 * <p>A response is text: the chosen option's index for single choice ({@code "2"}), the indexes
 * separated by commas for multiple choice ({@code "0,2"}), {@code "true"} or {@code "false"}, the
 * typed answer for short text, and the typed number for numeric questions.
 */
@Entity
@Table(name = "question")
public class Question {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id")
  private Module module;

  @Column(nullable = false, length = 60)
  private String code;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private QuestionType type;

  @Column(nullable = false, length = 2000)
  private String text;

  @Column(nullable = false, length = 2000)
  private String feedback;

  private Boolean truth;

  private BigDecimal number;

  private BigDecimal tolerance;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "question_id"))
  @OrderColumn(name = "position")
  private List<QuestionOption> options = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "question_answer", joinColumns = @JoinColumn(name = "question_id"))
  @OrderColumn(name = "position")
  @Column(name = "text", nullable = false, length = 200)
  private List<String> answers = new ArrayList<>();

  protected Question() {}

  /** Reads the options and answers ({@link CourseVersion#loadWhole}). */
  void loadWhole() {
    getOptions().size();
    answers.size();
  }

  Question(Module module, int position, QuestionDefinition d) {
    this.module = module;
    this.position = position;
    this.code = d.id();
    this.type = d.type();
    this.text = d.text();
    this.feedback = d.feedback();
    this.truth = d.truth();
    this.number = d.number();
    this.tolerance = d.tolerance();
    for (OptionDefinition o : d.options()) {
      options.add(new QuestionOption(o.text(), o.correct(), o.feedback()));
    }
    answers.addAll(d.answers());
  }

  /** Whether {@code response} (in the form described on the class) is right. */
  public boolean accepts(String response) {
    if (response == null || response.isBlank()) {
      return false;
    }
    String r = response.strip();
    return switch (type) {
      case SINGLE -> r.equals(String.valueOf(correctIndexes().first()));
      case MULTIPLE -> indexes(r).equals(correctIndexes());
      case TRUE_FALSE -> r.equals(String.valueOf(truth));
      case SHORT_TEXT -> answers.stream().anyMatch(a -> normalise(a).equals(normalise(r)));
      case NUMERIC -> {
        BigDecimal given = parseNumber(r);
        yield given != null && given.subtract(number).abs().compareTo(tolerance) <= 0;
      }
    };
  }

  /** A response this question accepts (for demo data and tests). */
  public String rightResponse() {
    return switch (type) {
      case SINGLE, MULTIPLE ->
          String.join(",", correctIndexes().stream().map(String::valueOf).toList());
      case TRUE_FALSE -> String.valueOf(truth);
      case SHORT_TEXT -> answers.get(0);
      case NUMERIC -> number.toPlainString();
    };
  }

  /** The right answer in words, shown with the feedback after an attempt is submitted. */
  public String rightAnswer() {
    return switch (type) {
      case SINGLE, MULTIPLE ->
          String.join("; ", correctIndexes().stream().map(i -> options.get(i).getText()).toList());
      case TRUE_FALSE -> Boolean.TRUE.equals(truth) ? "True" : "False";
      case SHORT_TEXT -> answers.get(0);
      case NUMERIC ->
          number.toPlainString()
              + (tolerance.signum() == 0 ? "" : " (± " + tolerance.toPlainString() + ")");
    };
  }

  /** A response in words: the chosen options' texts, or what was typed. */
  public String describe(String response) {
    if (response == null || response.isBlank()) {
      return "No answer";
    }
    return switch (type) {
      case SINGLE, MULTIPLE -> {
        List<String> chosen = new ArrayList<>();
        for (int i : indexes(response)) {
          if (i >= 0 && i < options.size()) {
            chosen.add(options.get(i).getText());
          }
        }
        yield chosen.isEmpty() ? "No answer" : String.join("; ", chosen);
      }
      case TRUE_FALSE -> "true".equals(response) ? "True" : "False";
      default -> response.strip();
    };
  }

  /** The normal form of a response as stored: option indexes sorted, text trimmed. */
  public String canonicalResponse(String response) {
    if (response == null || response.isBlank()) {
      return null;
    }
    if (type == QuestionType.MULTIPLE) {
      TreeSet<Integer> chosen = indexes(response);
      chosen.removeIf(i -> i < 0 || i >= options.size());
      return chosen.isEmpty()
          ? null
          : String.join(",", chosen.stream().map(String::valueOf).toList());
    }
    String r = response.strip();
    return r.length() > 2000 ? r.substring(0, 2000) : r;
  }

  private TreeSet<Integer> correctIndexes() {
    TreeSet<Integer> correct = new TreeSet<>();
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).isCorrect()) {
        correct.add(i);
      }
    }
    return correct;
  }

  private static TreeSet<Integer> indexes(String response) {
    TreeSet<Integer> chosen = new TreeSet<>();
    for (String part : response.split(",")) {
      if (part.strip().matches("\\d{1,2}")) {
        chosen.add(Integer.parseInt(part.strip()));
      }
    }
    return chosen;
  }

  static String normalise(String s) {
    return s.strip()
        .toLowerCase(Locale.UK)
        .replaceAll("\\s+", " ")
        .replaceAll("[.!]+$", "")
        .strip();
  }

  static BigDecimal parseNumber(String s) {
    String t = s.strip().replace(" ", "").replace("\u00a0", "");
    if (t.matches("-?\\d+,\\d+")) {
      t = t.replace(',', '.');
    } else {
      t = t.replace(",", "");
    }
    // plain decimals only: no exponents, which could make the comparison arbitrarily expensive
    return t.matches("[-+]?\\d{1,15}(\\.\\d{1,10})?|[-+]?\\.\\d{1,10}") ? new BigDecimal(t) : null;
  }

  QuestionDefinition toDefinition() {
    List<OptionDefinition> opts =
        options.stream()
            .map(o -> new OptionDefinition(o.getText(), o.isCorrect(), o.getFeedback()))
            .toList();
    return new QuestionDefinition(
        code, type, text, feedback, opts, truth, answers, number, tolerance);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public int getPosition() {
    return position;
  }

  public QuestionType getType() {
    return type;
  }

  public String getText() {
    return text;
  }

  public String getFeedback() {
    return feedback;
  }

  public List<QuestionOption> getOptions() {
    return options;
  }

  public Module getModule() {
    return module;
  }
}
