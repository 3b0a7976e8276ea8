package org.ccioacademy.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.ccioacademy.catalogue.format.Problems;
import org.junit.jupiter.api.Test;

class PathwayEvaluationTest {

  private static final PathwayDefinition PATH =
      PathwayReader.read(
          """
          id: path
          title: Path
          stages:
            - id: champion
              title: Champion
              requires: {courses: [a], cpd-hours: 2}
            - id: safety
              title: Safety officer
              requires: {courses: [b], registration: true}
            - id: lead
              title: Lead
              requires:
                courses: [c]
                events: [{kind: summer-school, count: 1}, {kind: any, count: 2}]
                cpd-hours: 10
                participatory-hours: 4
                competencies: [fci:data-analytics]
          """,
          Set.of("a", "b", "c"),
          Set.of("fci:data-analytics"),
          new Problems());

  private static Evidence evidence(
      Set<String> courses,
      Map<String, Integer> events,
      String cpd,
      String participatory,
      boolean registered,
      Set<String> competencies) {
    return new Evidence(
        courses,
        competencies,
        events,
        new BigDecimal(cpd),
        new BigDecimal(participatory),
        registered,
        Set.of());
  }

  private static List<StageProgress.Status> statuses(Evidence e) {
    return PathwayEvaluation.evaluate(PATH, e, Map.of("a", "Course A")).stream()
        .map(StageProgress::status)
        .toList();
  }

  @Test
  void nothingDoneMeansNothingStartedAndLaterStagesSayWhatComesFirst() {
    Evidence none = evidence(Set.of(), Map.of(), "0", "0", true, Set.of());
    List<StageProgress> p = PathwayEvaluation.evaluate(PATH, none, Map.of("a", "Course A"));
    assertThat(p).extracting(StageProgress::status).containsOnly(StageProgress.Status.NOT_STARTED);
    assertThat(p.get(0).missing())
        .extracting(StageProgress.Requirement::text)
        .containsExactly("Complete the course Course A", "2 CPD hours in all");
    assertThat(p.get(0).missing().get(0).link()).isEqualTo("/course.xhtml?id=a");
    assertThat(p.get(1).missing().get(0).text()).isEqualTo("Meet the stage “Champion” first");
    // registration alone does not start a stage
    assertThat(p.get(1).requirements()).anyMatch(r -> r.met() && r.text().contains("registration"));
  }

  @Test
  void beingPartWayThroughACourseTheStageAsksForStartsIt() {
    Evidence partWay =
        new Evidence(
            Set.of(), Set.of(), Map.of(), BigDecimal.ONE, BigDecimal.ZERO, true, Set.of("a"));
    assertThat(statuses(partWay).get(0)).isEqualTo(StageProgress.Status.IN_PROGRESS);
    Evidence other =
        new Evidence(
            Set.of(), Set.of(), Map.of(), BigDecimal.ONE, BigDecimal.ZERO, true, Set.of("c"));
    assertThat(statuses(other).get(0)).isEqualTo(StageProgress.Status.NOT_STARTED);
  }

  @Test
  void exactlyTheThresholdMeetsAStageAndOneShortDoesNot() {
    assertThat(statuses(evidence(Set.of("a"), Map.of(), "2", "0", true, Set.of())).get(0))
        .isEqualTo(StageProgress.Status.MET);
    assertThat(statuses(evidence(Set.of("a"), Map.of(), "1.99", "0", true, Set.of())).get(0))
        .isEqualTo(StageProgress.Status.IN_PROGRESS);
  }

  @Test
  void stagesAreMetInOrderEvenWhenALaterOnesRequirementsAreAllMet() {
    // everything for "lead", but no registration: safety is not met, so lead is not either
    Evidence e =
        evidence(
            Set.of("a", "b", "c"),
            Map.of("summer-school", 1, "regional", 1),
            "10",
            "4",
            false,
            Set.of("fci:data-analytics"));
    List<StageProgress> p = PathwayEvaluation.evaluate(PATH, e, Map.of());
    assertThat(p)
        .extracting(StageProgress::status)
        .containsExactly(
            StageProgress.Status.MET,
            StageProgress.Status.IN_PROGRESS,
            StageProgress.Status.NOT_STARTED);
    assertThat(p.get(1).missing())
        .extracting(StageProgress.Requirement::text)
        .containsExactly("Current professional registration (on your profile)");
    assertThat(p.get(2).missing()).hasSize(1);
    // with registration, all three are met
    assertThat(
            statuses(
                evidence(
                    Set.of("a", "b", "c"),
                    Map.of("summer-school", 1, "regional", 1),
                    "10",
                    "4",
                    true,
                    Set.of("fci:data-analytics"))))
        .containsOnly(StageProgress.Status.MET);
  }

  @Test
  void eventsOfAKindAndOfAnyKindAreCountedSeparately() {
    Evidence twoRegional =
        evidence(
            Set.of("a", "b", "c"),
            Map.of("regional", 2),
            "20",
            "10",
            true,
            Set.of("fci:data-analytics"));
    StageProgress lead = PathwayEvaluation.evaluate(PATH, twoRegional, Map.of()).get(2);
    assertThat(lead.status()).isEqualTo(StageProgress.Status.IN_PROGRESS);
    assertThat(lead.missing())
        .extracting(StageProgress.Requirement::text, StageProgress.Requirement::progress)
        .containsExactly(Tuple.tuple("Attend a summer school", "0 of 1"));
    // participatory hours short by a fraction
    Evidence shortParticipatory =
        evidence(
            Set.of("a", "b", "c"),
            Map.of("summer-school", 1, "webinar", 1),
            "20",
            "3.5",
            true,
            Set.of("fci:data-analytics"));
    assertThat(PathwayEvaluation.evaluate(PATH, shortParticipatory, Map.of()).get(2).missing())
        .extracting(StageProgress.Requirement::progress)
        .containsExactly("3.5 of 4");
  }
}
