package org.ccioacademy.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XapiFormatsTest {

  @Test
  void irisNeedASchemeAndNoSpaces() {
    assertThat(XapiFormats.isIri("http://adlnet.gov/expapi/verbs/completed")).isTrue();
    assertThat(XapiFormats.isIri("urn:uuid:6f1c1b5e-0000-4000-8000-000000000000")).isTrue();
    assertThat(XapiFormats.isIri("http://例え.テスト/活動")).isTrue();
    assertThat(XapiFormats.isIri("adlnet.gov/verbs")).isFalse();
    assertThat(XapiFormats.isIri("http://a b")).isFalse();
    assertThat(XapiFormats.isIri("")).isFalse();
  }

  @Test
  void languageTagsFollowRfc5646() {
    for (String ok :
        new String[] {"en", "en-GB", "zh-Hant-TW", "cy", "es-419", "x-private", "en-GB-x-nhs"}) {
      assertThat(XapiFormats.isLanguageTag(ok)).as(ok).isTrue();
    }
    for (String bad : new String[] {"", "e", "toolonglanguage", "en_GB", "en-", "123"}) {
      assertThat(XapiFormats.isLanguageTag(bad)).as(bad).isFalse();
    }
  }

  @Test
  void timestampsAreIso8601AndNegativeZeroIsRefused() {
    assertThat(XapiFormats.timestamp("2026-12-07T10:15:30.123Z")).isPresent();
    assertThat(XapiFormats.timestamp("2026-12-07T10:15:30+01:00").orElseThrow().toInstant())
        .hasToString("2026-12-07T09:15:30Z");
    assertThat(XapiFormats.timestamp("2026-12-07T10:15:30.123456789Z")).isPresent();
    assertThat(XapiFormats.timestamp("2026-12-07T10:15:30-00:00")).isEmpty();
    assertThat(XapiFormats.timestamp("2026-13-07T10:15:30Z")).isEmpty();
    assertThat(XapiFormats.timestamp("07/12/2026")).isEmpty();
    assertThat(
            XapiFormats.format(
                XapiFormats.timestamp("2026-12-07T10:15:30.1234+01:00").orElseThrow()))
        .isEqualTo("2026-12-07T09:15:30.123Z");
  }

  @Test
  void durationsUseDesignators() {
    for (String ok :
        new String[] {"PT4H35M59.14S", "P16559.14D", "P1Y", "PT0S", "P4W", "P1DT12H"}) {
      assertThat(XapiFormats.isDuration(ok)).as(ok).isTrue();
    }
    for (String bad : new String[] {"P", "PT", "P1DT", "4H", "PT1H30", "P0002-01-01T00:00:00"}) {
      assertThat(XapiFormats.isDuration(bad)).as(bad).isFalse();
    }
  }

  @Test
  void mailtoHashesAndUuids() {
    assertThat(XapiFormats.isMailto("mailto:priya.shah@nhs.net")).isTrue();
    assertThat(XapiFormats.isMailto("priya.shah@nhs.net")).isFalse();
    assertThat(XapiFormats.isSha1("ebd31e95054c018b10727ccffd2ef2ec3a016ee9")).isTrue();
    assertThat(XapiFormats.isSha1("ebd31e95")).isFalse();
    assertThat(XapiFormats.isUuid("fd41c918-b88b-4b20-a0a5-a4c32391aaa0")).isTrue();
    assertThat(XapiFormats.isUuid("fd41c918b88b4b20a0a5a4c32391aaa0")).isFalse();
  }
}
