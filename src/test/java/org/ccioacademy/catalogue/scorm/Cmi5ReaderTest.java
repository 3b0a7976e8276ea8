package org.ccioacademy.catalogue.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.ccioacademy.catalogue.format.Problems;
import org.junit.jupiter.api.Test;

class Cmi5ReaderTest {

  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          + "<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\">\n"
          + "  <course id=\"https://ccio.academy/cmi5/ig\">\n"
          + "    <title><langstring lang=\"en-GB\">Information governance</langstring></title>\n"
          + "    <description><langstring lang=\"en-GB\">The basics.</langstring></description>\n"
          + "  </course>\n";

  private static Cmi5Structure read(String body, Problems problems) {
    return Cmi5Reader.read(
        "cmi5.xml",
        (HEAD + body + "</courseStructure>\n").getBytes(StandardCharsets.UTF_8),
        Set.of("index.html", "part2/start.html")::contains,
        problems);
  }

  @Test
  void aCourseWithBlocksAndUnitsIsReadInOrder() {
    Problems problems = new Problems();
    Cmi5Structure s =
        read(
            "  <au id=\"https://ccio.academy/cmi5/ig/intro\" moveOn=\"Completed\">\n"
                + "    <title><langstring lang=\"en-GB\">Introduction</langstring>"
                + "<langstring lang=\"cy\">Cyflwyniad</langstring></title>\n"
                + "    <description><langstring lang=\"en-GB\">Start here.</langstring></description>\n"
                + "    <url>index.html?page=1</url>\n"
                + "  </au>\n"
                + "  <block id=\"https://ccio.academy/cmi5/ig/block1\">\n"
                + "    <title><langstring lang=\"en-GB\">Part two</langstring></title>\n"
                + "    <description><langstring lang=\"en-GB\">More.</langstring></description>\n"
                + "    <au id=\"https://ccio.academy/cmi5/ig/quiz\" moveOn=\"CompletedAndPassed\""
                + " masteryScore=\"0.8\" launchMethod=\"OwnWindow\">\n"
                + "      <title><langstring lang=\"en-GB\">Quiz</langstring></title>\n"
                + "      <description><langstring lang=\"en-GB\">Ten questions.</langstring></description>\n"
                + "      <url>part2/start.html</url>\n"
                + "      <launchParameters>{\"level\":2}</launchParameters>\n"
                + "    </au>\n"
                + "  </block>\n",
            problems);
    assertThat(problems.list()).isEmpty();
    assertThat(s.courseId()).isEqualTo("https://ccio.academy/cmi5/ig");
    assertThat(s.englishTitle()).isEqualTo("Information governance");
    assertThat(s.aus()).hasSize(2);
    Cmi5Structure.Au intro = s.aus().get(0);
    assertThat(intro.title()).containsEntry("cy", "Cyflwyniad");
    assertThat(intro.moveOn()).isEqualTo(Cmi5Structure.MoveOn.COMPLETED);
    assertThat(intro.blocks()).isEmpty();
    Cmi5Structure.Au quiz = s.aus().get(1);
    assertThat(quiz.masteryScore()).isEqualByComparingTo(new BigDecimal("0.8"));
    assertThat(quiz.ownWindow()).isTrue();
    assertThat(quiz.launchParameters()).isEqualTo("{\"level\":2}");
    assertThat(quiz.blocks()).containsExactly("Part two");
    assertThat(s.packaged()).hasSize(2);
  }

  @Test
  void everyProblemIsNamedByLine() {
    Problems problems = new Problems();
    Cmi5Structure s =
        read(
            "  <au id=\"https://ccio.academy/cmi5/ig/a\" moveOn=\"Finished\" masteryScore=\"80\">\n"
                + "    <title><langstring lang=\"en-GB\">A</langstring></title>\n"
                + "    <url>missing.html</url>\n"
                + "  </au>\n"
                + "  <au id=\"https://ccio.academy/cmi5/ig/a\" launchMethod=\"Popup\">\n"
                + "    <title><langstring lang=\"en-GB\">B</langstring></title>\n"
                + "    <url>ftp://example.org/b.html</url>\n"
                + "  </au>\n"
                + "  <au id=\"not an iri\"><url>index.html</url></au>\n",
            problems);
    assertThat(s).isNull();
    assertThat(problems.list())
        .extracting(p -> p.line() + " " + p.message())
        .contains(
            "7 moveOn is NotApplicable, Passed, Completed, CompletedAndPassed or CompletedOrPassed,"
                + " not Finished",
            "7 masteryScore is from 0 to 1, not 80",
            "7 the AU's launch file is not in the package: missing.html",
            "11 the id https://ccio.academy/cmi5/ig/a is used twice",
            "11 launchMethod is AnyWindow or OwnWindow, not Popup",
            "11 the AU's URL must be http or https: ftp://example.org/b.html",
            "15 the au's id must be an IRI: not an iri",
            "15 a <au> needs a <title>");
  }

  @Test
  void notACourseStructure() {
    Problems problems = new Problems();
    assertThat(
            Cmi5Reader.read(
                "cmi5.xml", "<manifest/>".getBytes(StandardCharsets.UTF_8), p -> true, problems))
        .isNull();
    assertThat(problems.list())
        .extracting(p -> p.message())
        .containsExactly("the root element must be <courseStructure>");
    Problems broken = new Problems();
    assertThat(
            Cmi5Reader.read(
                "cmi5.xml", "<courseStructure".getBytes(StandardCharsets.UTF_8), p -> true, broken))
        .isNull();
    assertThat(broken.list()).hasSize(1);
  }

  @Test
  void moveOnRules() {
    assertThat(Cmi5Structure.MoveOn.COMPLETED_OR_PASSED.satisfiedBy(false, true)).isTrue();
    assertThat(Cmi5Structure.MoveOn.COMPLETED_AND_PASSED.satisfiedBy(true, false)).isFalse();
    assertThat(Cmi5Structure.MoveOn.NOT_APPLICABLE.satisfiedBy(false, false)).isTrue();
    assertThat(Cmi5Structure.MoveOn.PASSED.satisfiedBy(true, false)).isFalse();
  }
}
