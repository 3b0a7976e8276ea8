package org.ccioacademy.delivery.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccioacademy.catalogue.scorm.ScormVersion;
import org.junit.jupiter.api.Test;

/** The SCO data a launch keeps: values checked as SetValue would, SCORM's times, the name. */
class ScormDataTest {

  @Test
  void committedValuesAreSetInOrderAndTheFirstRefusalRefusesThemAll() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("cmi.interactions.0.id", "q1");
    values.put("cmi.interactions.0.type", "choice");
    values.put("cmi.interactions.0.learner_response", "a");
    Map<String, String> now =
        ScormData.apply(ScormVersion.SCORM_2004_4TH, Map.of("cmi._version", "1.0"), values);
    assertThat(now).containsEntry("cmi.interactions.0.learner_response", "a");

    Map<String, String> outOfOrder = new LinkedHashMap<>();
    outOfOrder.put("cmi.interactions.0.type", "choice");
    assertThatThrownBy(() -> ScormData.apply(ScormVersion.SCORM_2004_4TH, Map.of(), outOfOrder))
        .isInstanceOf(ScormLaunches.Refused.class)
        .hasMessageContaining("cmi.interactions.0.type")
        .hasMessageContaining("(error 408)");
    assertThatThrownBy(
            () ->
                ScormData.apply(
                    ScormVersion.SCORM_12, Map.of(), Map.of("cmi.core.score.raw", "101")))
        .hasMessageContaining("(error 405)");
  }

  @Test
  void timesInBothFormsAndTheSessionsOwnTimeFirst() {
    assertThat(ScormData.seconds("0001:02:03.5")).isEqualByComparingTo("3723.5");
    assertThat(ScormData.seconds("PT1H2M3.5S")).isEqualByComparingTo("3723.5");
    assertThat(ScormData.seconds("P1D")).isEqualByComparingTo("86400");
    assertThat(ScormData.seconds("nonsense")).isNull();
    assertThat(ScormData.timespan(new BigDecimal("3723.5"))).isEqualTo("0001:02:03.50");
    assertThat(ScormData.iso8601(new BigDecimal("3723.5"))).isEqualTo("PT1H2M3.5S");
    assertThat(
            ScormData.sessionSeconds(
                ScormVersion.SCORM_12,
                Map.of("cmi.core.session_time", "0000:10:00"),
                new BigDecimal("99")))
        .isEqualByComparingTo("600");
    assertThat(
            ScormData.sessionSeconds(ScormVersion.SCORM_2004_3RD, Map.of(), new BigDecimal("99")))
        .isEqualByComparingTo("99");
    // a window left open for days counts a day at most
    assertThat(
            ScormData.sessionSeconds(
                ScormVersion.SCORM_2004_3RD, Map.of("cmi.session_time", "P3D"), BigDecimal.ZERO))
        .isEqualByComparingTo("86400");
  }

  @Test
  void theLearnersNameSurnameFirst() {
    assertThat(ScormData.surnameFirst("Asha  Patel")).isEqualTo("Patel, Asha");
    assertThat(ScormData.surnameFirst("Mary Jane Smith")).isEqualTo("Smith, Mary Jane");
    assertThat(ScormData.surnameFirst("Cher")).isEqualTo("Cher");
  }
}
