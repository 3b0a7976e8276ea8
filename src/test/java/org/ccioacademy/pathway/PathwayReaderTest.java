package org.ccioacademy.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.catalogue.format.Problems;
import org.junit.jupiter.api.Test;

class PathwayReaderTest {

  private static final Set<String> COURSES = Set.of("ccio-foundations", "clinical-safety");
  private static final Set<String> DOMAINS = Set.of("fci:it-systems", "fci:data-analytics");

  private static String problems(String yaml) {
    Problems p = new Problems();
    assertThat(PathwayReader.read(yaml, COURSES, DOMAINS, p)).isNull();
    return p.list().stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void theShippedPathwayReadsWithoutProblemsAgainstTheShippedCurriculum() throws Exception {
    ShippedCurriculum shippedCurriculum = ShippedCurriculum.read();
    Set<String> courses = shippedCurriculum.courses();
    Set<String> domains = shippedCurriculum.domains();
    Problems p = new Problems();
    PathwayDefinition pathway =
        PathwayReader.read(shippedCurriculum.pathway(), courses, domains, p);
    assertThat(p.list()).isEmpty();
    assertThat(pathway.stages())
        .extracting(PathwayDefinition.Stage::id)
        .containsExactly(
            "digital-champion",
            "clinical-safety-officer",
            "clinical-lead-for-digital",
            "deputy-ccio",
            "ccio");
    assertThat(pathway.stages().get(1).requires().registration()).isTrue();
    // every course of the curriculum is on the path
    Set<String> onPath = new HashSet<>();
    pathway.stages().forEach(s -> onPath.addAll(s.requires().courses()));
    assertThat(onPath).containsExactlyInAnyOrderElementsOf(courses);
  }

  @Test
  void everyProblemIsReportedWithItsLineAndField() {
    String text =
        problems(
            """
            id: path
            title: A path
            stages:
              - id: one
                title: One
                requires:
                  courses: [clinical-safety, no-such-course]
                  events: [{kind: festival, count: 1}, {kind: any, count: 0}]
                  cpd-hours: 5
                  participatory-hours: 6
                  competencies: [fci:nowhere, not a ref]
              - id: one
                title: Again
                requires: {colour: blue}
              - id: two
                title: Missing requirements
            """);
    assertThat(text)
        .contains("pathway.yaml line 7")
        .contains("no course has the id \"no-such-course\"")
        .contains("is \"festival\"; it must be one of any, regional, summer-school, webinar")
        .contains("it must be between 1 and 100")
        .contains("cannot be more than cpd-hours (5)")
        .contains("no framework has the domain \"fci:nowhere\"")
        .contains("\"not a ref\" is not a competency reference")
        .contains("stage \"one\" is listed twice")
        .contains("colour")
        .contains("say what meets the stage");
  }
}
