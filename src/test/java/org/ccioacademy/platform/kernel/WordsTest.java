package org.ccioacademy.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void anGoesBeforeAVowelSound() {
    assertThat(Words.withArticle("operating department practitioner"))
        .isEqualTo("an operating department practitioner");
    assertThat(Words.withArticle("orthoptist")).isEqualTo("an orthoptist");
    assertThat(Words.withArticle("art therapist")).isEqualTo("an art therapist");
    assertThat(Words.withArticle("hour")).isEqualTo("an hour");
    assertThat(Words.withArticle("HCPC registration number"))
        .isEqualTo("an HCPC registration number");
    assertThat(Words.withArticle("MP4 video")).isEqualTo("an MP4 video");
  }

  @Test
  void aGoesBeforeAConsonantSound() {
    assertThat(Words.withArticle("physiotherapist")).isEqualTo("a physiotherapist");
    assertThat(Words.withArticle("PDF")).isEqualTo("a PDF");
    assertThat(Words.withArticle("Word document")).isEqualTo("a Word document");
    assertThat(Words.withArticle("user")).isEqualTo("a user");
    assertThat(Words.withArticle("one-day course")).isEqualTo("a one-day course");
    assertThat(Words.withArticle("GMC reference number")).isEqualTo("a GMC reference number");
    assertThat(Words.article("")).isEqualTo("a");
  }

  @Test
  void aCountNamesOneInTheSingularAndEveryOtherNumberInThePlural() {
    assertThat(Words.count(1, "line", "lines")).isEqualTo("1 line");
    assertThat(Words.count(0, "line", "lines")).isEqualTo("0 lines");
    assertThat(Words.count(3, "line", "lines")).isEqualTo("3 lines");
  }
}
