package org.ccioacademy.platform.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

  @Test
  void settingsAreReadInOrderWithSpacesAndEmptyItemsAllowed() {
    assertThat(Launcher.serverSettings(" work_mem=16MB, random_page_cost = 1.1,,"))
        .containsExactly(Map.entry("work_mem", "16MB"), Map.entry("random_page_cost", "1.1"));
    assertThat(Launcher.serverSettings("")).isEmpty();
  }

  @Test
  void aMistakeIsNamedBeforeTheServerStarts() {
    assertThatThrownBy(() -> Launcher.serverSettings("work_mem"))
        .hasMessageContaining("\"work_mem\" is not name=value");
    // nothing that could smuggle another option onto the server's command line
    assertThatThrownBy(() -> Launcher.serverSettings("work_mem=16MB -c fsync=off"))
        .hasMessageContaining("is not name=value");
  }
}
