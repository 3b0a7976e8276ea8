package org.ccioacademy.catalogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseAdministration;
import org.ccioacademy.catalogue.CourseImporter;
import org.ccioacademy.catalogue.CourseReviews;
import org.ccioacademy.catalogue.ImportRun;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.identity.UserSearch;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.platform.web.UkTime;

/**
 * Admin → Courses: reload {@code courses/} and read what the last imports found, export a course,
 * and choose each course's tutors.
 */
@Named
@ViewScoped
public class AdminCoursesView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_TUTORS_LISTED = 500;
  private static final DateTimeFormatter REVIEWED =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Inject Catalogue catalogue;
  @Inject CourseImporter importer;
  @Inject CourseAdministration administration;
  @Inject UserAccountRepository accounts;
  @Inject CurrentUser currentUser;

  @Inject CourseReviews reviews;

  private transient List<ImportRun> runs;
  private transient List<Row> courses;
  private List<Tutor> tutorChoices;
  private final Map<String, Long> chosenTutor = new TreeMap<>();
  private String folder;

  /** A course and its tutors as the table shows them. */
  public record Row(
      String code,
      String title,
      int version,
      String origin,
      List<Tutor> tutors,
      int modules,
      String reviewed,
      boolean reviewDue) {}

  /** A tutor of a course. */
  public record Tutor(long id, String label) {}

  public void load() {
    folder = importer.folder().toString();
    runs = catalogue.latestImports(5);
    Map<Long, String> labels = new TreeMap<>();
    tutorChoices = new ArrayList<>();
    for (UserAccount u :
        accounts.page(new UserSearch(null, Role.TUTOR, "name", true), 0, MAX_TUTORS_LISTED)) {
      labels.put(u.getId(), u.getFullName() + " (" + u.getEmail() + ")");
      tutorChoices.add(new Tutor(u.getId(), labels.get(u.getId())));
    }
    courses = new ArrayList<>();
    LocalDate today = LocalDate.now(UkTime.UK);
    for (Course c : catalogue.allCourses()) {
      List<Tutor> tutors = new ArrayList<>();
      for (Long id : c.getTutorIds()) {
        tutors.add(
            new Tutor(
                id,
                labels.getOrDefault(
                    id, accounts.find(id).map(UserAccount::getFullName).orElse("account " + id))));
      }
      courses.add(
          new Row(
              c.getCode(),
              c.getCurrentVersion().getTitle(),
              c.getCurrentVersion().getNumber(),
              c.getCurrentVersion().getOrigin().name().equals("FILES")
                  ? "courses/ folder"
                  : "browser",
              tutors,
              c.getCurrentVersion().getModules().size(),
              c.getCurrentVersion().reviewedOn().map(REVIEWED::format).orElse("Not dated"),
              reviews.due(c.getCurrentVersion(), today)));
    }
  }

  public String reload() {
    CourseImporter.Report r = importer.importAll(ImportRun.Trigger.ADMIN, currentUser.actor());
    FacesForms.flashInfo("Courses reloaded: " + r.summary() + ".");
    return "/admin/courses?faces-redirect=true";
  }

  public String addTutor(String code) {
    Long id = chosenTutor.get(code);
    if (id == null) {
      FacesForms.error("Choose a tutor to add to the course first.");
      return null;
    }
    String label = accounts.find(id).map(UserAccount::getEmail).orElse("account " + id);
    boolean isTutor = accounts.find(id).map(u -> u.hasRole(Role.TUTOR)).orElse(false);
    if (!isTutor) {
      FacesForms.error("Only people with the tutor role can teach a course.");
      return null;
    }
    administration.addTutor(currentUser.actor(), code, id, label);
    FacesForms.flashInfo(label + " now teaches this course and can edit it.");
    return "/admin/courses?faces-redirect=true";
  }

  public String removeTutor(String code, long id) {
    String label = accounts.find(id).map(UserAccount::getEmail).orElse("account " + id);
    administration.removeTutor(currentUser.actor(), code, id, label);
    FacesForms.flashInfo(label + " no longer teaches this course.");
    return "/admin/courses?faces-redirect=true";
  }

  public List<ImportRun> getRuns() {
    return runs;
  }

  public int getReviewMonths() {
    return reviews.months();
  }

  public List<Row> getCourses() {
    return courses;
  }

  public List<Tutor> getTutorChoices() {
    return tutorChoices;
  }

  public Map<String, Long> getChosenTutor() {
    return chosenTutor;
  }

  public String getFolder() {
    return folder;
  }
}
