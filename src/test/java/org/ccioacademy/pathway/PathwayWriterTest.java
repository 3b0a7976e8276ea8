package org.ccioacademy.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.ccioacademy.catalogue.format.CompetencyRef;
import org.ccioacademy.catalogue.format.Problems;
import org.junit.jupiter.api.Test;

/** The form-based editor's file: what it writes reads back as the same pathway. */
class PathwayWriterTest {

  @Test
  void theShippedPathwayWrittenAgainReadsTheSameAndSoDoesEveryKindOfRequirement() throws Exception {
    ShippedCurriculum shippedCurriculum = ShippedCurriculum.read();
    Set<String> courses = shippedCurriculum.courses();
    Set<String> domains = shippedCurriculum.domains();
    Problems p = new Problems();
    PathwayDefinition shipped =
        PathwayReader.read(shippedCurriculum.pathway(), courses, domains, p);
    String written = PathwayWriter.write(shipped);
    Problems again = new Problems();
    assertThat(PathwayReader.read(written, courses, domains, again)).isEqualTo(shipped);
    assertThat(again.list()).isEmpty();
    assertThat(PathwayWriter.write(PathwayReader.read(written, courses, domains, again)))
        .isEqualTo(written);

    PathwayDefinition edge =
        new PathwayDefinition(
            "p",
            "A pathway",
            null,
            List.of(
                new PathwayDefinition.Stage(
                    "nothing",
                    "Nothing needed",
                    null,
                    new PathwayDefinition.Requirements(
                        List.of(), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, List.of(), false)),
                new PathwayDefinition.Stage(
                    "everything",
                    "Everything needed",
                    "Half hours too.",
                    new PathwayDefinition.Requirements(
                        List.of("clinical-safety"),
                        List.of(
                            new PathwayDefinition.EventRequirement("summer-school", 1),
                            new PathwayDefinition.EventRequirement("any", 2)),
                        new BigDecimal("7.5"),
                        new BigDecimal("2"),
                        List.of(CompetencyRef.parse("fci:it-systems")),
                        true))));
    Problems edgeProblems = new Problems();
    PathwayDefinition read =
        PathwayReader.read(PathwayWriter.write(edge), courses, domains, edgeProblems);
    assertThat(edgeProblems.list()).isEmpty();
    assertThat(read.stages().get(0).requires()).isEqualTo(edge.stages().get(0).requires());
    assertThat(read.stages().get(1).requires().cpdHours()).isEqualByComparingTo("7.5");
    assertThat(read.stages().get(1).requires().events())
        .isEqualTo(edge.stages().get(1).requires().events());
    assertThat(read.stages().get(1).requires().registration()).isTrue();
  }
}
