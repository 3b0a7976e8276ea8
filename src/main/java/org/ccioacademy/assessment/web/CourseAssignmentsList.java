package org.ccioacademy.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.assessment.Assignment;
import org.ccioacademy.assessment.Assignments;

/** A course's assignments for its page (read once a request). */
@Named
@RequestScoped
public class CourseAssignmentsList {

  @Inject Assignments assignments;

  private final Map<String, List<Assignment>> byCourse = new HashMap<>();

  public List<Assignment> of(String courseCode) {
    return byCourse.computeIfAbsent(
        courseCode, c -> c == null ? List.of() : assignments.forCourse(c));
  }
}
