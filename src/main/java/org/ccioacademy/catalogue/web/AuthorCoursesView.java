package org.ccioacademy.catalogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.catalogue.CourseAuthoring;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.web.FacesForms;

/** A tutor's (or an admin's) courses to edit, and a new course. */
@Named
@ViewScoped
public class AuthorCoursesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CourseAuthoring authoring;
  @Inject CurrentUser currentUser;

  private transient List<CourseAuthoring.Authored> courses;
  private String code;
  private String title;

  public void load() {
    courses = authoring.courses(currentUser.caller());
  }

  public String create() {
    Map<String, String> errors = new LinkedHashMap<>();
    String c = code == null ? "" : code.strip();
    if (!c.matches("[a-z][a-z0-9-]{0,59}")) {
      errors.put(
          "code",
          "Give an id of lower-case letters, digits and hyphens, starting with a letter (at most"
              + " 60), such as clinical-coding-basics. It never changes once chosen.");
    } else if (authoring.exists(c)) {
      errors.put("code", "A course with the id " + c + " already exists: choose another.");
    }
    if (title == null || title.isBlank()) {
      errors.put("title", "Give the course a title.");
    } else if (title.strip().length() > 200) {
      errors.put("title", "The title is too long: at most 200 characters.");
    }
    if (!errors.isEmpty()) {
      FacesForms.showErrors("newCourse", errors);
      return null;
    }
    authoring.create(currentUser.caller(), c, title.strip());
    FacesForms.flashInfo(
        "Course "
            + title.strip()
            + " created as a draft. Fill in its details and modules, then"
            + " publish it.");
    return "/author/course?faces-redirect=true&id=" + c;
  }

  public List<CourseAuthoring.Authored> getCourses() {
    return courses;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
