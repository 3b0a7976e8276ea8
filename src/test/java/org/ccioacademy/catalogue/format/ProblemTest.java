package org.ccioacademy.catalogue.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void theEditorNamesAFieldInWordsCountedFromOne() {
    assertThat(
            new Problem("c/m.quiz.yaml", 12, "questions[7].options[1]", "give its text").inWords())
        .isEqualTo("Question 8, option 2: give its text");
    assertThat(new Problem("c/m.quiz.yaml", 3, "questions[0].answer", "is missing").inWords())
        .isEqualTo("Question 1, answer: is missing");
    assertThat(new Problem("c/course.yaml", 4, "draw", "is 7, but only 6").inWords())
        .isEqualTo("Draw: is 7, but only 6");
    assertThat(new Problem("c/m.md", 2, "competencies[2]", "not known").inWords())
        .isEqualTo("Competency 3: not known");
    assertThat(new Problem("c/m.md", 0, null, "The file is empty.").inWords())
        .isEqualTo("The file is empty.");
  }

  @Test
  void theFileFormKeepsTheFileLineAndPath() {
    assertThat(new Problem("c/m.quiz.yaml", 12, "questions[7].options", "x").toString())
        .isEqualTo("c/m.quiz.yaml line 12, questions[7].options: x");
  }
}
