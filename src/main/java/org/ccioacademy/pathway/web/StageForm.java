package org.ccioacademy.pathway.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ccioacademy.catalogue.format.CompetencyRef;
import org.ccioacademy.pathway.PathwayDefinition;

/** One stage of the pathway as the form-based editor shows it: each requirement a field. */
public class StageForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rows for event requirements on the form (an empty kind is no requirement). */
  static final int EVENT_ROWS = 3;

  /** One event requirement: attend {@code count} events of {@code kind}. */
  public static class EventRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String kind = "";
    private Integer count;

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind == null ? "" : kind;
    }

    public Integer getCount() {
      return count;
    }

    public void setCount(Integer count) {
      this.count = count;
    }
  }

  private String id;
  private String title;
  private String summary;
  private String[] courses = {};
  private final List<EventRow> events = new ArrayList<>();
  private BigDecimal cpdHours;
  private BigDecimal participatoryHours;
  private String[] competencies = {};
  private boolean registration;

  StageForm() {
    while (events.size() < EVENT_ROWS) {
      events.add(new EventRow());
    }
  }

  static StageForm of(PathwayDefinition.Stage s) {
    StageForm f = new StageForm();
    f.id = s.id();
    f.title = s.title();
    f.summary = s.summary();
    PathwayDefinition.Requirements r = s.requires();
    f.courses = r.courses().toArray(String[]::new);
    f.events.clear();
    for (PathwayDefinition.EventRequirement e : r.events()) {
      EventRow row = new EventRow();
      row.kind = e.kind();
      row.count = e.count();
      f.events.add(row);
    }
    while (f.events.size() < EVENT_ROWS) {
      f.events.add(new EventRow());
    }
    f.cpdHours = r.cpdHours().signum() == 0 ? null : r.cpdHours();
    f.participatoryHours = r.participatoryHours().signum() == 0 ? null : r.participatoryHours();
    f.competencies = r.competencies().stream().map(CompetencyRef::toString).toArray(String[]::new);
    f.registration = r.registration();
    return f;
  }

  /** The stage as typed (blank event rows left out), for the writer and then the checks. */
  PathwayDefinition.Stage toStage() {
    List<PathwayDefinition.EventRequirement> e = new ArrayList<>();
    for (EventRow row : events) {
      if (!row.kind.isBlank()) {
        e.add(new PathwayDefinition.EventRequirement(row.kind, row.count == null ? 1 : row.count));
      }
    }
    return new PathwayDefinition.Stage(
        blankToNull(id),
        blankToNull(title),
        blankToNull(summary),
        new PathwayDefinition.Requirements(
            Arrays.asList(courses),
            e,
            cpdHours == null ? BigDecimal.ZERO : cpdHours,
            participatoryHours == null ? BigDecimal.ZERO : participatoryHours,
            Arrays.stream(competencies).map(CompetencyRef::parse).filter(Objects::nonNull).toList(),
            registration));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String[] getCourses() {
    return courses;
  }

  public void setCourses(String[] courses) {
    this.courses = courses == null ? new String[0] : courses;
  }

  public List<EventRow> getEvents() {
    return events;
  }

  public BigDecimal getCpdHours() {
    return cpdHours;
  }

  public void setCpdHours(BigDecimal cpdHours) {
    this.cpdHours = cpdHours;
  }

  public BigDecimal getParticipatoryHours() {
    return participatoryHours;
  }

  public void setParticipatoryHours(BigDecimal participatoryHours) {
    this.participatoryHours = participatoryHours;
  }

  public String[] getCompetencies() {
    return competencies;
  }

  public void setCompetencies(String[] competencies) {
    this.competencies = competencies == null ? new String[0] : competencies;
  }

  public boolean isRegistration() {
    return registration;
  }

  public void setRegistration(boolean registration) {
    this.registration = registration;
  }
}
