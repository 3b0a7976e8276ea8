package org.ccioacademy.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

  @Test
  void longLabelsAreCutAtAWordWithAnEllipsisAndShortOnesKept() {
    assertThat(Charts.shorten("Clinical safety")).isEqualTo("Clinical safety");
    assertThat(Charts.shorten("Clinical safety: DCB0129 and DCB0160"))
        .isEqualTo("Clinical safety: DCB0129 and…");
    assertThat(Charts.shorten("Interoperability with HL7 FHIR R4 and UK Core"))
        .isEqualTo("Interoperability with HL7…")
        .hasSizeLessThanOrEqualTo(Charts.LABEL_LENGTH);
    assertThat(Charts.shorten("Averyveryverylongwordwithoutanyspacesatall"))
        .hasSize(Charts.LABEL_LENGTH)
        .endsWith("…");
  }

  @Test
  void theChartHasTheShortLabelsAndZeroForNoFigure() {
    String json =
        Charts.percentBars(
            "Completion rate (%)",
            List.of("Clinical safety: DCB0129 and DCB0160", "IG"),
            Arrays.asList(new BigDecimal("45.0"), null));
    assertThat(json)
        .contains("\"labels\":[\"Clinical safety: DCB0129 and…\",\"IG\"]")
        .contains("\"data\":[45.0,0]");
  }

  @Test
  void aTitleThatTriesToEndTheScriptStaysALabel() {
    String json =
        Charts.percentBars(
            "Completion rate (%)", List.of("</script><b>x</b>"), List.of(new BigDecimal("10")));
    assertThat(json).doesNotContain("<", ">").contains("\\u003c/script\\u003e\\u003cb\\u003ex");
  }
}
