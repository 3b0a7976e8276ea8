package org.ccioacademy.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInSheetTest {

  @Test
  void readsQuotedFieldsAnyColumnOrderAndAMissingStatus() {
    SignInSheet.Parsed p =
        SignInSheet.parse(
            "Session,Name,Email\r\n"
                + "\"Keynote, day 1\",\"Okafor, Grace\",grace@example.nhs.uk\r\n"
                + "\r\n"
                + "\"Workshop \"\"A\"\"\",Jo,jo@example.nhs.uk\n");
    assertThat(p.problem()).isNull();
    assertThat(p.lines())
        .containsExactly(
            new SignInSheet.Line(2, "grace@example.nhs.uk", "Keynote, day 1", ""),
            new SignInSheet.Line(4, "jo@example.nhs.uk", "Workshop \"A\"", ""));
  }

  @Test
  void aSheetWithoutTheNeededColumnsOrPeopleIsRefusedWithAReason() {
    assertThat(SignInSheet.parse("name,date\nJo,today").problem()).contains("email and session");
    assertThat(SignInSheet.parse("email,session\n\n").problem()).contains("nobody on it");
    assertThat(SignInSheet.parse("  ").problem()).contains("empty");
  }
}
