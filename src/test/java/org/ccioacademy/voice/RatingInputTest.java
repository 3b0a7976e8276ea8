package org.ccioacademy.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingInputTest {

  private static final List<Integer> ALL_AGREE = List.of(5, 1, 5, 1, 5, 1, 5, 1, 5, 1);

  @Test
  void aCompleteRatingHasNoProblemsAndScoresAsSusSays() {
    RatingInput in = new RatingInput(ALL_AGREE, 30, Training.SOME, Recommend.YES, "  Fine.  ");
    assertThat(in.problems().isEmpty()).isTrue();
    assertThat(in.score()).isEqualByComparingTo(new BigDecimal("100"));
    assertThat(in.comment()).isEqualTo("Fine.");
  }

  @Test
  void everyMissingPartIsNamedByItsField() {
    List<Integer> answers = new ArrayList<>(ALL_AGREE);
    answers.set(3, null);
    answers.set(7, 6);
    RatingInput in = new RatingInput(answers, null, null, null, null);
    assertThat(in.problems().asMap())
        .containsOnlyKeys("q4", "q8", "minutesLost", "training", "recommend");
    assertThat(in.problems().get("q4")).isEqualTo("Choose an answer to statement 4.");
  }

  @Test
  void minutesLostAreBetweenNoneAndAWholeShift() {
    assertThat(
            new RatingInput(ALL_AGREE, -1, Training.NONE, Recommend.NO, null)
                .problems()
                .has("minutesLost"))
        .isTrue();
    assertThat(
            new RatingInput(ALL_AGREE, 721, Training.NONE, Recommend.NO, null)
                .problems()
                .has("minutesLost"))
        .isTrue();
    assertThat(
            new RatingInput(ALL_AGREE, 720, Training.NONE, Recommend.NO, null).problems().isEmpty())
        .isTrue();
  }

  @Test
  void aBlankCommentIsNoCommentAndALongOneIsRefused() {
    assertThat(new RatingInput(ALL_AGREE, 0, Training.ENOUGH, Recommend.UNSURE, "   ").comment())
        .isNull();
    char[] c = new char[RatingInput.MAX_COMMENT + 1];
    Arrays.fill(c, 'x');
    assertThat(
            new RatingInput(ALL_AGREE, 0, Training.ENOUGH, Recommend.UNSURE, new String(c))
                .problems()
                .get("comment"))
        .contains("2000 characters (it has 2001)");
  }
}
