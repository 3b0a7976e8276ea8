package org.ccioacademy.voice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.voice.ClinicalSystem;
import org.ccioacademy.voice.ClinicalSystems;
import org.ccioacademy.voice.RatingInput;
import org.ccioacademy.voice.Ratings;
import org.ccioacademy.voice.Recommend;
import org.ccioacademy.voice.SystemKind;
import org.ccioacademy.voice.SystemUsabilityScale;
import org.ccioacademy.voice.Training;

/**
 * "The systems I use": a trainee's current ratings of the clinical systems they use at work, and
 * the form to rate one (again), with the System Usability Scale and a CCIO's questions.
 */
@Named
@ViewScoped
public class SystemsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The choice in the list that means "not listed: I name it below". */
  public static final long OTHER = -1;

  private static final List<Integer> LEVELS = List.of(1, 2, 3, 4, 5);

  @Inject ClinicalSystems systems;
  @Inject Ratings ratings;
  @Inject CurrentUser currentUser;

  private Long system;
  private String course;
  private String module;
  private String product;
  private String supplier;
  private SystemKind kind;
  private Integer[] answers = new Integer[SystemUsabilityScale.STATEMENTS.size()];
  private Integer minutesLost;
  private Training training;
  private Recommend recommend;
  private String comment;

  private transient List<ClinicalSystem> offered;
  private transient List<Ratings.Mine> mine;
  private boolean again;

  public void load() {
    mine = ratings.mine(currentUser.id());
    // the list, and the systems this trainee named that wait for an admin, to rate again
    offered = new ArrayList<>(systems.offered());
    for (Ratings.Mine m : mine) {
      if (m.proposed()) {
        systems.find(m.systemId()).ifPresent(offered::add);
      }
    }
    if (system != null && system > 0) {
      // "rate it again" starts from the current rating
      ratings
          .current(currentUser.id(), system)
          .ifPresent(
              r -> {
                again = true;
                answers = r.answers().toArray(new Integer[0]);
                minutesLost = r.minutesLost();
                training = r.training();
                recommend = r.recommend();
                comment = r.comment();
              });
    }
  }

  public String rate() {
    boolean other = system != null && system == OTHER;
    try {
      ratings.rate(
          currentUser.caller(),
          system == null || other ? null : system,
          other ? new Ratings.OtherSystem(product, supplier, kind) : null,
          new RatingInput(Arrays.asList(answers), minutesLost, training, recommend, comment));
    } catch (InvalidInputException e) {
      FacesForms.showErrors("rate", e.errors());
      return null;
    } catch (RefusedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
    FacesForms.flashInfo(
        "Thank you: your rating is saved."
            + (comment == null || comment.isBlank()
                ? ""
                : " Your comment will be read by an administrator, who takes out any names"
                    + " before reviewers see it, never with your name.")
            + (other
                ? " An administrator will check the system you named and add it to the list."
                : ""));
    if (course != null
        && module != null
        && CODE.matcher(course).matches()
        && CODE.matcher(module).matches()) {
      // back to the module whose exercise asked for the rating
      return "/learn/module?faces-redirect=true&course=" + course + "&module=" + module;
    }
    return "/trainee/systems?faces-redirect=true";
  }

  /** A course's or module's id as in courses/, the only thing sent back to. */
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,59}");

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public List<ClinicalSystem> getOffered() {
    return offered;
  }

  public List<Ratings.Mine> getMine() {
    return mine;
  }

  public boolean isAgain() {
    return again;
  }

  public List<String> getStatements() {
    return SystemUsabilityScale.STATEMENTS;
  }

  /** The five answers' values, 1 to 5. */
  public List<Integer> getLevels() {
    return LEVELS;
  }

  public List<String> getScaleAnswers() {
    return SystemUsabilityScale.ANSWERS;
  }

  public SystemKind[] getKinds() {
    return SystemKind.values();
  }

  public Training[] getTrainings() {
    return Training.values();
  }

  public Recommend[] getRecommends() {
    return Recommend.values();
  }

  public long getOther() {
    return OTHER;
  }

  public Long getSystem() {
    return system;
  }

  public void setSystem(Long system) {
    this.system = system;
  }

  public String getProduct() {
    return product;
  }

  public void setProduct(String product) {
    this.product = product;
  }

  public String getSupplier() {
    return supplier;
  }

  public void setSupplier(String supplier) {
    this.supplier = supplier;
  }

  public SystemKind getKind() {
    return kind;
  }

  public void setKind(SystemKind kind) {
    this.kind = kind;
  }

  public Integer[] getAnswers() {
    return answers;
  }

  public Integer getMinutesLost() {
    return minutesLost;
  }

  public void setMinutesLost(Integer minutesLost) {
    this.minutesLost = minutesLost;
  }

  public Training getTraining() {
    return training;
  }

  public void setTraining(Training training) {
    this.training = training;
  }

  public Recommend getRecommend() {
    return recommend;
  }

  public void setRecommend(Recommend recommend) {
    this.recommend = recommend;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
