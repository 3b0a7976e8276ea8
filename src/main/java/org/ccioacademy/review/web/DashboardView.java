package org.ccioacademy.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ccioacademy.pathway.Pathways;
import org.ccioacademy.review.Cohort;
import org.ccioacademy.review.Cohorts;
import org.ccioacademy.review.Dashboard;
import org.ccioacademy.review.Dimension;
import org.ccioacademy.review.ReviewerScopes;
import org.ccioacademy.review.Viewer;
import org.omnifaces.util.Faces;

/**
 * The reviewer's dashboard: a cohort's (or every trainee's) figures within the reviewer's scope,
 * per course and broken down by one dimension, with charts beside the tables.
 */
@Named
@RequestScoped
public class DashboardView {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  @Inject Dashboard dashboard;
  @Inject Cohorts cohorts;
  @Inject Viewer viewer;
  @Inject Pathways pathways;

  private String cohort;
  private String by;
  private Cohort chosen;
  private Dimension dimension;
  private String scopeText;
  private boolean noScope;
  private List<Cohort> cohortChoices;
  private Dashboard.Summary summary;
  private List<Dashboard.CourseFigures> courses;
  private List<Dashboard.Breakdown> breakdown;
  private String courseChart;
  private String breakdownChart;
  private List<Dashboard.StageFigures> stages;
  private String stageChart;
  private List<Dashboard.EventFigures> events;
  private String eventChart;
  private List<Dashboard.Month> months;
  private String monthChart;

  @Transactional
  public void load() {
    Viewer.Chosen about = viewer.choose(cohort).orElse(null);
    if (about == null) {
      Faces.responseSendError(404, "No such cohort");
      return;
    }
    chosen = about.cohort();
    scopeText = ReviewerScopes.describe(about.scope());
    noScope = about.scope().isNone();
    cohortChoices = cohorts.all();
    dimension = Dimension.of(by);
    if (dimension == null) {
      dimension = Dimension.REGION;
    }
    by = dimension.name();
    Dashboard.Figures f = dashboard.all(about.population(), dimension, pathways.current());
    summary = f.summary();
    courses = f.courses();
    breakdown = f.breakdown();
    stages = f.stages();
    events = f.events();
    courseChart =
        Charts.percentBars(
            "Completion rate (%)",
            courses.stream().map(Dashboard.CourseFigures::title).toList(),
            courses.stream().map(Dashboard.CourseFigures::completionRate).toList());
    stageChart =
        Charts.percentBars(
            "Share of trainees (%)",
            stages.stream().map(Dashboard.StageFigures::title).toList(),
            stages.stream().map(Dashboard.StageFigures::share).toList());
    months = f.months();
    monthChart =
        Charts.monthly(
            months.stream().map(m -> MONTH.format(m.month())).toList(),
            months.stream().map(Dashboard.Month::completed).toList(),
            months.stream().map(Dashboard.Month::medianDays).toList());
    eventChart =
        Charts.percentBars(
            "Attendance rate (%)",
            events.stream().map(Dashboard.EventFigures::title).toList(),
            events.stream().map(Dashboard.EventFigures::attendanceRate).toList());
    List<Dashboard.Breakdown> top = breakdown.stream().limit(20).toList();
    breakdownChart =
        Charts.percentBars(
            "Completion rate (%)",
            top.stream().map(Dashboard.Breakdown::label).toList(),
            top.stream().map(Dashboard.Breakdown::completionRate).toList());
  }

  /** Whether the reviewer has been given no trainees to see yet. */
  public List<Dashboard.Month> getMonths() {
    return months;
  }

  public String getMonthChart() {
    return monthChart;
  }

  /** A month as the chart and table name it: "Dec 2026". */
  public String monthName(YearMonth m) {
    return MONTH.format(m);
  }

  public boolean isNoScope() {
    return noScope;
  }

  public String getScopeText() {
    return scopeText;
  }

  public Dimension[] getDimensions() {
    return Dimension.values();
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }

  public Cohort getChosen() {
    return chosen;
  }

  public Dimension getDimension() {
    return dimension;
  }

  public List<Cohort> getCohortChoices() {
    return cohortChoices;
  }

  public Dashboard.Summary getSummary() {
    return summary;
  }

  public List<Dashboard.CourseFigures> getCourses() {
    return courses;
  }

  public List<Dashboard.Breakdown> getBreakdown() {
    return breakdown;
  }

  public String getCourseChart() {
    return courseChart;
  }

  public String getBreakdownChart() {
    return breakdownChart;
  }

  public List<Dashboard.StageFigures> getStages() {
    return stages;
  }

  public String getStageChart() {
    return stageChart;
  }

  public List<Dashboard.EventFigures> getEvents() {
    return events;
  }

  public String getEventChart() {
    return eventChart;
  }

  public int getInactiveDays() {
    return dashboard.getInactiveDays();
  }
}
