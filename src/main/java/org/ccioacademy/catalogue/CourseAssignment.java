package org.ccioacademy.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ccioacademy.catalogue.format.AssignmentDefinition;
import org.ccioacademy.catalogue.format.CompetencyRef;

/**
 * A course version's assessed assignment, as its course files define it (the assessment feature
 * makes the assignment trainees hand work in to from this). Kept in the version's own row: it never
 * changes once the version is published.
 */
@Embeddable
public class CourseAssignment {

  @Column(name = "assignment_code", length = 60)
  private String code;

  @Column(name = "assignment_title", length = 200)
  private String title;

  @Column(name = "assignment_minutes")
  private Integer minutes;

  @Column(name = "assignment_pass_mark")
  private Integer passMark;

  /** Competency references separated by spaces, as written ({@code hee:x@4 fci:y}). */
  @Column(name = "assignment_competencies", length = 2000)
  private String competencies;

  @Column(name = "assignment_rubric")
  private String rubric;

  @Column(name = "assignment_instructions")
  private String instructions;

  protected CourseAssignment() {}

  CourseAssignment(AssignmentDefinition d) {
    this.code = d.id();
    this.title = d.title();
    this.minutes = d.minutes();
    this.passMark = d.passMark();
    this.competencies =
        String.join(" ", d.competencies().stream().map(CompetencyRef::toString).toList());
    this.rubric = d.rubric();
    this.instructions = d.instructions();
  }

  /** The assignment as written, or null when this version has none. */
  public AssignmentDefinition toDefinition() {
    if (code == null) {
      return null;
    }
    List<CompetencyRef> refs =
        competencies == null || competencies.isBlank()
            ? List.of()
            : Arrays.stream(competencies.split(" "))
                .map(CompetencyRef::parse)
                .filter(Objects::nonNull)
                .toList();
    return new AssignmentDefinition(code, title, minutes, passMark, refs, rubric, instructions);
  }

  public boolean isPresent() {
    return code != null;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public int getMinutes() {
    return minutes == null ? 0 : minutes;
  }
}
