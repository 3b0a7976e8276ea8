package org.ccioacademy.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleFeedbackTest {

  private static ModuleFeedbackFigures.Figures module(
      String code, long ratings, String clear, String useful, String accurate, long openFlags) {
    return new ModuleFeedbackFigures.Figures(
        code,
        0,
        "Module " + code,
        ratings,
        new BigDecimal(clear),
        new BigDecimal(useful),
        new BigDecimal(accurate),
        openFlags,
        openFlags);
  }

  @Test
  void openFlagsComeFirstThenTheLowestRatedWithEnoughRatings() {
    List<ModuleFeedbackFigures.ToImprove> first =
        ModuleFeedbackFigures.toImprove(
            List.of(
                module("fine", 12, "4.5", "4.4", "4.8", 0),
                module("low", 5, "2.0", "3.0", "3.1", 0),
                module("lower", 4, "2.0", "2.0", "2.0", 0),
                module("flagged", 1, "5", "5", "5", 2),
                module("few", 2, "1", "1", "1", 0)));
    assertThat(first)
        .extracting(t -> t.module().moduleCode())
        .containsExactly("flagged", "lower", "low");
    assertThat(first.get(0).why()).isEqualTo("2 open flags");
    assertThat(first.get(1).why()).isEqualTo("rated 2.0 of 5 by 4");
  }

  @Test
  void aModuleRatedAtTheLineIsNotPutForward() {
    assertThat(ModuleFeedbackFigures.toImprove(List.of(module("edge", 3, "3.5", "3.5", "3.5", 0))))
        .isEmpty();
    assertThat(ModuleFeedbackFigures.toImprove(List.of(module("under", 3, "3.3", "3.5", "3.5", 0))))
        .hasSize(1);
  }

  @Test
  void feedbackAsksForAllThreeAnswers() {
    assertThat(new FeedbackInput(null, 6, 3, null).problems().asMap())
        .containsOnlyKeys("clear", "useful");
    assertThat(new FeedbackInput(1, 5, 3, " ").problems().isEmpty()).isTrue();
  }

  @Test
  void aSupplierIsPublishedByPeopleNotRatings() {
    // 9 people gave 12 ratings between them: still too few people
    assertThat(PublishedFigures.of(9, 12, 70, 70, 10, 10)).isEmpty();
    assertThat(PublishedFigures.of(10, 12, 70, 70, 10, 10)).isPresent();
  }
}
